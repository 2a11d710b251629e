package dev.labcrew.core.tool;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one parameter of a {@link Tool} method: what to pass, whether it is required and, when it differs
 * from the Java name, the name a caller uses. Supported parameter types: {@code String}, {@code int},
 * {@code long}, {@code double}, {@code boolean} and their boxes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface P {
    /**
     * What to pass, for the model and in {@code labcrew tools list}.
     *
     * @return the description
     */
    String value();

    /**
     * Whether a call without this parameter is refused.
     *
     * @return {@code true} unless declared optional
     */
    boolean required() default true;

    /**
     * The parameter's name for callers, e.g. {@code dry_run} for a Java parameter {@code dryRun}.
     *
     * @return the name; the Java parameter name when empty
     */
    String name() default "";
}
