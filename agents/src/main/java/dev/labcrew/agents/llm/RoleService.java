package dev.labcrew.agents.llm;

/** What LangChain4j implements for each role: one message in, the model's final answer out, tools called on the way. */
interface RoleService {
    String answer(String message);
}
