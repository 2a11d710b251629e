package dev.labcrew.testkit.proxmox;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;

/**
 * A lab file that cannot be used: its message is one line naming the file, the JSON path of the
 * offending value ({@code $.guests[0].vmid}) and what was expected there, e.g.
 * {@code lab file /tmp/lab.json: $.guests[0].vmid: expected an integer, got "oops"}.
 */
public final class LabFileException extends LabcrewException {
  private static final long serialVersionUID = 1L;

  LabFileException(String message) {
    super(ErrorKind.BAD_INPUT, message, "the lab file format is described in docs/lab-files.md");
  }
}
