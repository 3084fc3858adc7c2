package org.mandate.access.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.mandate.access.Account;
import org.mandate.access.AccountAdministration.AccountDraft;
import org.mandate.access.Role;

/** The create/edit form for an account. Scope is typed as unit codes separated by commas or spaces. */
public class AccountForm {

    private String username;
    private String password;
    private Long personId;
    private String locale = "vi";
    private boolean enabled = true;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String scope = "";
    private int version;

    static AccountForm of(Account account) {
        AccountForm form = new AccountForm();
        form.username = account.username();
        form.personId = account.personId();
        form.locale = account.locale();
        form.enabled = account.enabled();
        form.roles = EnumSet.copyOf(account.roles());
        form.scope = String.join(", ", account.scopeUnitCodes());
        form.version = account.version();
        return form;
    }

    AccountDraft draft() {
        Set<String> codes = Arrays.stream(scope == null ? new String[0] : scope.split("[,;\\s]+"))
                .map(String::strip).filter(c -> !c.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        return new AccountDraft(username, new Account.Profile(personId, locale, enabled),
                roles == null ? Set.of() : roles, codes);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
