package dev.labcrew.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labcrew.agents.llm.ModelConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code labcrew eval}: runs every incident of the corpus (or of {@code --scenario DIR}) offline and prints, per
 * incident, whether the crew named the right cause, the right fix and quoted the decisive line; exit 0 only when all
 * are right, so CI fails on a regression.
 */
@Command(name = "eval", description = "Run the incident corpus offline and report cause, fix and evidence per incident.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--scenario", paramLabel = "DIR", description = "A directory of incident JSON files instead of the built-in corpus.")
    Path dir;

    @Option(names = "--json", description = "Print {\"incidents\":[{\"id\",\"cause\",\"fix\",\"evidence\",...}],\"totals\":{...}}.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<EvalIncident> incidents = dir == null ? EvalCorpus.builtIn() : EvalCorpus.directory(dir);
        if (ModelConfig.fromEnv(Settings.load(Labcrew.env(spec))).isConfigured()) {
            err.println("labcrew eval: LABCREW_MODEL is set, but this version evaluates the offline crew only");
        }
        List<EvalVerdict> verdicts = new ArrayList<>();
        for (EvalIncident incident : incidents) {
            verdicts.add(EvalRunner.run(incident));
        }
        out.println(json ? json(verdicts) : EvalTable.render(verdicts));
        out.flush();
        return verdicts.stream().allMatch(EvalVerdict::right) ? 0 : Labcrew.FAILED;
    }

    private static String json(List<EvalVerdict> verdicts) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode rows = root.putArray("incidents");
        for (EvalVerdict v : verdicts) {
            ObjectNode row = rows.addObject();
            row.put("id", v.id()).put("cause", v.cause()).put("fix", v.fix()).put("evidence", v.evidence())
                .put("millis", v.millis()).put("found", v.found());
            if (v.error() != null) {
                row.put("error", v.error());
            }
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("incidents", verdicts.size()).put("right", verdicts.stream().filter(EvalVerdict::right).count());
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
