/** Language models through plain LangChain4j: configuration, per-assistant binding, streaming with tools. */
package dev.ami.server.llm;
