package org.kairos.launcher;
/** placeholder */
public final class KairosMain { public static void main(String[] a) {} }
