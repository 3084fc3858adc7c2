package org.mandate.system.demo;

/**
 * One part of the demo province (organisation, accounts, programme, targets). Each part checks
 * whether its data is already there, so running the steps again after a restart changes nothing.
 * {@link DemoLoader} runs them in their {@code @Order}.
 */
interface DemoStep {

    void run();
}
