package org.mandate.system.demo;

import java.util.List;
import java.util.Set;

import org.mandate.access.AccountAdministration;
import org.mandate.access.AccountAdministration.DemoAccount;
import org.mandate.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the demonstration accounts (password {@code demo}) on first start, after the demo
 * organisation is loaded, when no account exists yet. The password skips the password rules and is
 * marked as a demo password: the interface asks its users to change it, and the log warns.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "mandate.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** The demo accounts of the Foundation issue; person links are set once the demo people exist. */
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", Role.ADMIN, Set.of(), null),
            new DemoAccount("thuongtruc", Role.LEADER, Set.of("VP"), null),
            new DemoAccount("vanphong", Role.SECRETARIAT, Set.of("VP"), null),
            new DemoAccount("sotc", Role.FOCAL_POINT, Set.of("VP.STC"), null),
            new DemoAccount("vinhyen", Role.FOCAL_POINT, Set.of("VP.VY"), null),
            new DemoAccount("canbo", Role.OFFICIAL, Set.of("VP.SKHDT"), null),
            new DemoAccount("kiemtra", Role.INSPECTOR, Set.of("VP"), null));

    private final AccountAdministration administration;

    DemoAccounts(AccountAdministration administration) {
        this.administration = administration;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (administration.anyAccountExists()) {
            return;
        }
        administration.openDemoAccounts(ACCOUNTS);
        log.warn("Demo accounts opened with the password 'demo' (change them before real use): {}",
                ACCOUNTS.stream().map(DemoAccount::username).toList());
    }
}
