package dev.labcrew.core.policy;

import static dev.labcrew.core.policy.Proposals.proposal;
import static dev.labcrew.core.policy.Proposals.restart;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Risk;
import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.policy.PolicyVerdict.Kind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyTest {
    private static Policy example() {
        try {
            return Policy.load(Path.of(PolicyTest.class.getResource("/policy/example.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void should_ask_for_every_change_by_default() {
        Policy policy = Policy.defaults();

        assertThat(policy.evaluate(restart("200", "pve1", "auto-heal")).kind()).isEqualTo(Kind.ASK);
        assertThat(policy.evaluate(proposal("delete_lxc", Risk.DESTRUCTIVE, Map.of())).kind()).isEqualTo(Kind.ASK);
        assertThat(policy.readOnly()).isFalse();
        assertThat(policy.approversRequired(Risk.DESTRUCTIVE)).isEqualTo(1);
    }

    @Test
    void should_approve_a_restart_of_an_auto_heal_guest() {
        PolicyVerdict verdict = example().evaluate(restart("200", "pve1", "web;auto-heal"));

        assertThat(verdict).isEqualTo(new PolicyVerdict(Kind.APPROVE, "restarts of auto-heal guests are pre-approved",
                "auto-heal-restarts"));
    }

    @Test
    void should_match_tags_separated_by_commas_or_semicolons_ignoring_case() {
        Policy policy = Policy.parse("rules: [{tags: [auto-heal], decision: approve}]", true);

        assertThat(policy.evaluate(restart("101", "pve1", "web, Auto-Heal")).kind()).isEqualTo(Kind.APPROVE);
        assertThat(policy.evaluate(restart("101", "pve1", "web;auto-healer")).kind()).isEqualTo(Kind.ASK);
        assertThat(policy.evaluate(restart("101", "pve1", "")).kind()).isEqualTo(Kind.ASK);
    }

    @Test
    void should_fall_through_to_the_default_when_a_criterion_fails() {
        Policy policy = example();

        assertThat(policy.evaluate(restart("150", "pve1", "auto-heal")).rule()).as("vmid not in rule").isEqualTo("default");
        assertThat(policy.evaluate(restart("200", "pve2", "auto-heal")).rule()).as("node not in rule").isEqualTo("default");
        assertThat(policy.evaluate(restart("200", "pve1", "web")).rule()).as("no tag").isEqualTo("default");
        assertThat(policy.evaluate(proposal("stop_lxc", Risk.MUTATING, Map.of("vmid", "200", "node", "pve1", "tags", "auto-heal")))
                .kind()).as("other tool").isEqualTo(Kind.ASK);
    }

    @Test
    void should_match_tool_globs() {
        Policy policy = example();
        ActionProposal snapshot = proposal("create_snapshot", Risk.MUTATING, Map.of("vmid", "120", "node", "pve2"));
        ActionProposal delete = proposal("delete_lxc", Risk.DESTRUCTIVE, Map.of("vmid", "120", "node", "pve2"));

        assertThat(policy.evaluate(snapshot).rule()).isEqualTo("snapshots-are-cheap");
        assertThat(policy.evaluate(delete)).isEqualTo(new PolicyVerdict(Kind.DENY,
                "guests are deleted by hand, never by Labcrew", "no-deletes"));
        assertThat(Policy.parse("{\"rules\": [{\"tools\": [\"restart_?xc\"], \"decision\": \"deny\"}]}", false)
                .evaluate(restart("1", "n", "")).kind()).isEqualTo(Kind.DENY);
    }

    @Test
    void should_deny_targets_outside_the_allowlists() {
        Policy policy = example();

        assertThat(policy.evaluate(restart("200", "pve3", "auto-heal")))
                .isEqualTo(new PolicyVerdict(Kind.DENY, "node pve3 is not listed in the policy's allow.nodes [pve1, pve2]", "allow.nodes"));
        assertThat(policy.evaluate(restart("300", "pve1", "auto-heal")))
                .isEqualTo(new PolicyVerdict(Kind.DENY, "id 300 is not listed in the policy's allow.vmids [100-199, 200]", "allow.vmids"));
        assertThat(policy.evaluate(restart("199", "pve1", "")).kind()).as("range end is inside").isEqualTo(Kind.ASK);
        assertThat(policy.evaluate(restart("100", "pve2", "")).kind()).as("range start is inside").isEqualTo(Kind.ASK);
    }

    @Test
    void should_deny_when_the_allowlist_cannot_be_checked() {
        PolicyVerdict verdict = example().evaluate(proposal("prune_images", Risk.DESTRUCTIVE, Map.of("host", "docker1")));

        assertThat(verdict.kind()).isEqualTo(Kind.DENY);
        assertThat(verdict.reason()).startsWith("the target names no node");
    }

    @Test
    void should_read_the_node_and_id_from_the_arguments_when_the_state_lacks_them() {
        ActionProposal proposal = new ActionProposal("restart_lxc", Map.of("vmid", 150, "node", "pve1"), "ct/150@pve1",
                Risk.MUTATING, "", java.util.List.of(), "", Map.of(), java.time.Instant.EPOCH);

        assertThat(example().evaluate(proposal).rule()).isEqualTo("default");
    }

    @Test
    void should_deny_everything_that_changes_when_read_only() {
        Policy policy = Policy.parse("readOnly: true\nrules:\n  - {tools: ['*'], decision: approve}\n", true);

        assertThat(policy.readOnly()).isTrue();
        assertThat(policy.evaluate(restart("200", "pve1", "auto-heal")))
                .isEqualTo(new PolicyVerdict(Kind.DENY, "the policy makes Labcrew read-only", "readOnly"));
        assertThat(policy.evaluate(proposal("list_lxc", Risk.READ_ONLY, Map.of())).kind()).isEqualTo(Kind.APPROVE);
    }

    @Test
    void should_deny_by_default_when_the_policy_says_so() {
        Policy policy = Policy.parse("{\"default\": \"deny\"}", false);

        assertThat(policy.evaluate(restart("1", "n", ""))).isEqualTo(new PolicyVerdict(Kind.DENY,
                "no policy rule allows this and the policy denies by default", "default"));
    }

    @Test
    void should_never_auto_approve_what_needs_two_people() {
        Policy policy = Policy.parse("""
                twoPersonRule: [DESTRUCTIVE]
                rules:
                  - {name: approve-all-stops, tools: ["stop_*"], decision: approve}
                  - {name: deny-deletes, tools: ["delete_*"], decision: deny}
                """, true);

        assertThat(policy.approversRequired(Risk.DESTRUCTIVE)).isEqualTo(2);
        assertThat(policy.approversRequired(Risk.MUTATING)).isEqualTo(1);
        assertThat(policy.evaluate(proposal("stop_lxc", Risk.DESTRUCTIVE, Map.of())).kind()).isEqualTo(Kind.ASK);
        assertThat(policy.evaluate(proposal("stop_lxc", Risk.MUTATING, Map.of())).kind()).isEqualTo(Kind.APPROVE);
        assertThat(policy.evaluate(proposal("delete_lxc", Risk.DESTRUCTIVE, Map.of())).kind()).isEqualTo(Kind.DENY);
    }

    @Test
    void should_read_the_same_policy_from_json() {
        Policy policy = Policy.parse("""
                {"allow": {"nodes": ["pve1"], "vmids": ["100-199", 200]},
                 "rules": [{"name": "heal", "tools": ["restart_lxc"], "tags": ["auto-heal"], "risks": ["mutating"],
                            "decision": "approve"}]}
                """, false);

        assertThat(policy.evaluate(restart("200", "pve1", "auto-heal")))
                .isEqualTo(new PolicyVerdict(Kind.APPROVE, "policy rule 'heal' says approve", "heal"));
        assertThat(policy.evaluate(restart("201", "pve1", "auto-heal")).rule()).isEqualTo("allow.vmids");
    }

    @Test
    void should_treat_an_empty_file_as_the_defaults() {
        assertThat(Policy.parse("", true).evaluate(restart("1", "n", "")).kind()).isEqualTo(Kind.ASK);
    }
}
