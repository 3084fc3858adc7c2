package org.mandate.access;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Runs the deliberately slow password hash (BCrypt: ~100 ms of CPU) on a few platform threads, one
 * per core, never on the request's own thread. Requests run on virtual threads, which the JVM does
 * not pre-empt: dozens of simultaneous hashes would otherwise occupy every carrier thread, and a
 * request that holds a database connection would wait behind them for a carrier while the other
 * requests time out waiting for its connection. Here, waiting for a hash parks the request thread
 * (freeing its carrier), the hashing threads share the CPU with everything else, and no caller
 * holds a connection while it waits.
 */
@Component
class PasswordHashing implements DisposableBean {

    private final PasswordEncoder encoder;
    private final ExecutorService threads;

    PasswordHashing(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.threads = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                Thread.ofPlatform().name("password-hashing-", 0).daemon(true).factory());
    }

    /** Whether the password matches the stored hash. */
    boolean matches(String password, String hash) {
        return run(() -> password != null && encoder.matches(password, hash));
    }

    /** A fresh hash of the password with the current algorithm. */
    String encode(String password) {
        return run(() -> encoder.encode(password));
    }

    /** Whether a hash was made with older settings and should be replaced at the next sign-in. */
    boolean outdated(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    private <T> T run(Callable<T> work) {
        try {
            return threads.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking a password", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
