package dev.labcrew.proxmox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Proxmox privileges a tool needs, declared next to the tool, as {@code PRIVILEGE@PATH} with
 * {@code {node}} standing for every node. {@code labcrew doctor} checks them through
 * {@code /access/permissions}.
 *
 * <pre>{@code
 * @PveRequires(value = "VM.Audit@/vms", better = "Sys.Syslog@/nodes/{node}")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PveRequires {
    /** Privileges without which the tool fails. */
    String[] value();

    /** Privileges without which the tool works but its answer has gaps. */
    String[] better() default {};
}
