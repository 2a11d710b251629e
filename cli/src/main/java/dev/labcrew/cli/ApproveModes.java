package dev.labcrew.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --approve ask|never|queue|policy}. */
final class ApproveModes implements ITypeConverter<ApproveMode> {
    @Override
    public ApproveMode convert(String value) {
        try {
            return ApproveMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not one of ask, never, queue, policy");
        }
    }
}
