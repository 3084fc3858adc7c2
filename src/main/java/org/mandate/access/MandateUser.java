package org.mandate.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as Spring Security sees it: roles, scope (codes of the org units at the top
 * of each subtree the account may see; empty with ADMIN means everything), linked person and
 * preferred language. Kept small and serialisable because it lives in the database session.
 */
public final class MandateUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private String passwordHash;
    private final Long personId;
    private final String locale;
    private final Set<Role> roles;
    private final Set<String> scopeUnitCodes;
    private final boolean enabled;
    private final boolean locked;

    public MandateUser(long accountId, String username, String passwordHash, Long personId, String locale,
                       Set<Role> roles, Set<String> scopeUnitCodes, boolean enabled, boolean locked) {
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.personId = personId;
        this.locale = locale;
        this.roles = Set.copyOf(roles);
        this.scopeUnitCodes = Set.copyOf(scopeUnitCodes);
        this.enabled = enabled;
        this.locked = locked;
    }

    public long accountId() {
        return accountId;
    }

    public Long personId() {
        return personId;
    }

    public Locale locale() {
        return locale == null ? null : Locale.forLanguageTag(locale);
    }

    public Set<Role> roles() {
        return roles;
    }

    public Set<String> scopeUnitCodes() {
        return scopeUnitCodes;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean holds(Permission permission) {
        return roles.stream().anyMatch(r -> r.grants(permission));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        java.util.List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        java.util.Arrays.stream(Permission.values()).filter(this::holds)
                .forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "MandateUser[" + username + " " + roles + " scope=" + scopeUnitCodes + "]";
    }
}
