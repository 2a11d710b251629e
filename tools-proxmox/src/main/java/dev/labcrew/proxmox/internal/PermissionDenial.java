package dev.labcrew.proxmox.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code Permission check failed (/vms/102, VM.Audit)} and says which ACL to add, with a
 * built-in role that carries the privilege.
 */
record PermissionDenial(String message, String hint) {
    private static final Pattern CHECK = Pattern.compile("Permission check failed \\((/[^,()]*),\\s*([A-Za-z][\\w.|]*)\\)");

    static PermissionDenial parse(String serverMessage, String tokenId) {
        Matcher m = CHECK.matcher(serverMessage);
        if (m.find()) {
            String path = m.group(1);
            String[] privileges = m.group(2).split("\\|");
            String lacks = privileges.length == 1 ? privileges[0] : "one of " + String.join(", ", privileges);
            return new PermissionDenial("Permission denied: the API token lacks " + lacks + " on " + path,
                    "pveum acl modify " + path + " --tokens '" + tokenId + "' --roles " + roleFor(privileges[0])
                            + " (tokens with privsep=1 need their own ACL)");
        }
        if (serverMessage.contains("only allowed for root@pam")) {
            return new PermissionDenial("Permission denied: " + serverMessage,
                    "API tokens can never do this, even root's; edit /etc/pve/lxc/<vmid>.conf on the node instead");
        }
        if (serverMessage.contains("not available with API token")) {
            return new PermissionDenial("Permission denied: " + serverMessage,
                    "this endpoint needs a password login (ticket); API tokens cannot call it");
        }
        return new PermissionDenial("Permission denied: " + (serverMessage.isEmpty() ? "Forbidden" : serverMessage),
                "list the token's privileges with GET /access/permissions?path=/vms/<vmid> and grant the missing one");
    }

    static String roleFor(String privilege) {
        if (privilege.endsWith(".Audit")) {
            return "PVEAuditor";
        }
        if (privilege.equals("VM.PowerMgmt") || privilege.equals("VM.Console") || privilege.equals("VM.Backup")) {
            return "PVEVMUser";
        }
        if (privilege.startsWith("VM.")) {
            return "PVEVMAdmin";
        }
        if (privilege.startsWith("Sys.")) {
            return "PVESysAdmin";
        }
        if (privilege.equals("Datastore.Allocate")) {
            return "PVEDatastoreAdmin";
        }
        return privilege.startsWith("Datastore.") ? "PVEDatastoreUser" : "PVEAdmin";
    }
}
