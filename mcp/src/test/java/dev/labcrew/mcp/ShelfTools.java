package dev.labcrew.mcp;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;

/** Four read-only tools that share a required and an optional parameter, as guest tools share vmid and node. */
public class ShelfTools {
    @Tool(name = "count_books", value = "Counts the books on a shelf")
    @ToolRisk(Risk.READ_ONLY)
    public String countBooks(@P("shelf number") Integer shelf, @P(value = "room; the hall when omitted", required = false) String room) {
        return "3 books";
    }

    @Tool(name = "dust_shelf", value = "Says when a shelf was dusted")
    @ToolRisk(Risk.READ_ONLY)
    public String dustShelf(@P("shelf number") Integer shelf, @P(value = "room; the hall when omitted", required = false) String room) {
        return "yesterday";
    }

    @Tool(name = "measure_shelf", value = "Measures a shelf")
    @ToolRisk(Risk.READ_ONLY)
    public String measureShelf(@P("shelf number") Integer shelf, @P(value = "room; the hall when omitted", required = false) String room,
                               @P(value = "cm or in", required = false) String unit) {
        return "80 cm";
    }

    @Tool(name = "read_label", value = "Reads a shelf's label")
    @ToolRisk(Risk.READ_ONLY)
    public String readLabel(@P("shelf number") Integer shelf, @P(value = "room; the hall when omitted", required = false) String room) {
        return "poetry";
    }
}
