/** Users and API keys: entities and the repository the server's auth layer uses. */
package dev.ami.memory.account;
