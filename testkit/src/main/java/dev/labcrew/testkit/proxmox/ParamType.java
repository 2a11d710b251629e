package dev.labcrew.testkit.proxmox;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parameter's type in {@link ParamSpec} notation, checked in the order of PVE's {@code check_prop}: type, format,
 * length, range, enumeration. Written {@code int}, {@code int[16,]}, {@code number[0,8192]}, {@code bool},
 * {@code string[40]} (at most 40 characters), {@code a|b|c}, or a format from {@link ParamFormats} such as
 * {@code configid[40]}.
 */
final class ParamType {
  private static final Pattern SHAPE = Pattern.compile("([^\\[]+)(?:\\[(-?[\\d.]*)(,(-?[\\d.]*))?\\])?");

  private final String base;
  private final List<String> values;
  private final Double min;
  private final Double max;
  private final Integer maxLength;

  private ParamType(String base, List<String> values, Double min, Double max, Integer maxLength) {
    this.base = base;
    this.values = values;
    this.min = min;
    this.max = max;
    this.maxLength = maxLength;
  }

  static ParamType parse(String text) {
    if (text.contains("|")) {
      return new ParamType("enum", Arrays.asList(text.split("\\|")), null, null, null);
    }
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("bad parameter type " + text);
    }
    String base = m.group(1);
    boolean numeric = base.equals("int") || base.equals("number");
    if (m.group(3) != null || numeric) {
      return new ParamType(base, List.of(), number(m.group(2)), number(m.group(4)), null);
    }
    Integer length = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    return new ParamType(base, List.of(), null, null, length);
  }

  /** PVE's error text for {@code value}, or {@code null} when it passes. */
  String error(String value) {
    String error = switch (base) {
      case "int" -> value.matches("-?\\d{1,18}") ? null : "type check ('integer') failed - got '" + value + "'";
      case "number" -> value.matches("-?\\d+(\\.\\d+)?") ? null : "type check ('number') failed - got '" + value + "'";
      case "bool" -> bool(value) != null ? null : "type check ('boolean') failed - got '" + value + "'";
      case "enum", "string" -> null;
      default -> ParamFormats.error(base, value);
    };
    if (error == null && maxLength != null && value.length() > maxLength) {
      error = "value may only be " + maxLength + " characters long";
    }
    if (error == null && (base.equals("int") || base.equals("number"))) {
      error = range(Double.parseDouble(value));
    }
    if (error == null && base.equals("enum") && !values.contains(value)) {
      error = "value '" + value + "' does not have a value in the enumeration '" + String.join(", ", values) + "'";
    }
    return error;
  }

  /** The value as the endpoint sees it: booleans as {@code 0}/{@code 1}. */
  String normalize(String value) {
    return base.equals("bool") ? bool(value) : value;
  }

  private String range(double number) {
    if (max != null && number > max) {
      return "value must have a maximum value of " + plain(max);
    }
    if (min != null && number < min) {
      return "value must have a minimum value of " + plain(min);
    }
    return null;
  }

  private static String plain(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }

  private static Double number(String text) {
    return text == null || text.isEmpty() ? null : Double.valueOf(text);
  }

  static String bool(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "1": case "true": case "yes": case "on":
        return "1";
      case "0": case "false": case "no": case "off":
        return "0";
      default:
        return null;
    }
  }
}
