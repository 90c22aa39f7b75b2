package org.unionstats.registry;

/**
 * What a registry import loaded.
 */
public record RegistryImport(int districts, int federations, int inserted, int updated) {

}
