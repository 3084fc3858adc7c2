package org.mandate.system.demo;

import java.util.List;
import java.util.Set;

import org.mandate.access.AccountAdministration;
import org.mandate.access.AccountAdministration.DemoAccount;
import org.mandate.access.Role;
import org.mandate.organization.Organization;
import org.mandate.organization.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the demonstration accounts (password {@code demo}) on first start, after the demo
 * organisation is loaded (each is linked to a demo official by person code), when no account
 * exists yet. The password skips the password rules and is
 * marked as a demo password: the interface asks its users to change it, and the log warns.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "mandate.demo.enabled", havingValue = "true")
class DemoAccounts implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** One demo account of the Foundation issue and the code of the demo official it belongs to. */
    record Seed(String username, Role role, Set<String> scope, String personCode) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("admin", Role.ADMIN, Set.of(), null),
            new Seed("thuongtruc", Role.LEADER, Set.of("VP"), "CB0002"),
            new Seed("vanphong", Role.SECRETARIAT, Set.of("VP"), "CB0009"),
            new Seed("sotc", Role.FOCAL_POINT, Set.of("VP.STC"), "CB0013"),
            new Seed("vinhyen", Role.FOCAL_POINT, Set.of("VP.VY"), "CB0019"),
            new Seed("canbo", Role.OFFICIAL, Set.of("VP.SKHDT"), "CB0016"),
            new Seed("kiemtra", Role.INSPECTOR, Set.of("VP"), "CB0008"));

    private final AccountAdministration administration;
    private final Organization organization;

    DemoAccounts(AccountAdministration administration, Organization organization) {
        this.administration = administration;
        this.organization = organization;
    }

    @Override
    public void run() {
        if (administration.anyAccountExists()) {
            return;
        }
        List<DemoAccount> accounts = SEEDS.stream().map(s -> new DemoAccount(s.username(), s.role(), s.scope(),
                organization.findPersonByCode(s.personCode()).map(Person::id).orElse(null))).toList();
        administration.openDemoAccounts(accounts);
        log.warn("Demo accounts opened with the password 'demo' (change them before real use): {}",
                accounts.stream().map(DemoAccount::username).toList());
    }
}
