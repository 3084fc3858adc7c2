package org.mandate.system.demo;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo province when demo data is enabled. By default it loads in the background once the
 * application has started, so that the application is ready (health UP) within seconds and pages
 * show a "demo data loading" notice until the load is done; with
 * {@code mandate.demo.background=false} (the tests) the application becomes ready only after the
 * load. Every step checks whether its data is already there, so a restart loads nothing and the
 * state is {@link State#LOADED} at once.
 */
@Component
@ConditionalOnProperty(name = "mandate.demo.enabled", havingValue = "true")
public class DemoLoader implements ApplicationRunner {

    /** Where loading the demo province stands. */
    public enum State { WAITING, LOADING, LOADED, FAILED }

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final List<DemoStep> steps;
    private final boolean background;
    private final AtomicReference<State> state = new AtomicReference<>(State.WAITING);

    DemoLoader(List<DemoStep> steps, @Value("${mandate.demo.background:true}") boolean background) {
        this.steps = steps;
        this.background = background;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!background) {
            load();
            return;
        }
        Thread.ofPlatform().name("demo-loader").daemon(true).start(this::loadAndLogFailure);
    }

    /** The state now; pages and the health endpoint report it. */
    public State state() {
        return state.get();
    }

    /** True while the demo data is still being loaded (pages say so). */
    public boolean loading() {
        State now = state.get();
        return now == State.WAITING || now == State.LOADING;
    }

    private void loadAndLogFailure() {
        try {
            load();
        } catch (RuntimeException e) {
            log.error("Loading the demo province failed", e);
        }
    }

    private void load() {
        state.set(State.LOADING);
        long started = System.nanoTime();
        try {
            steps.forEach(DemoStep::run);
        } catch (RuntimeException e) {
            state.set(State.FAILED);
            throw e;
        }
        state.set(State.LOADED);
        log.info("Demo province ready ({} ms)", (System.nanoTime() - started) / 1_000_000);
    }
}
