/** Details of language detection: the Lingua wrapper and the Chinese script classifier. */
package dev.ami.assistants.routing.internal;
