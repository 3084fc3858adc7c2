package org.mandate.access.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Account;
import org.mandate.access.AccountAdministration;
import org.mandate.access.AccountSummary;
import org.mandate.access.Permission;
import org.mandate.access.Role;
import org.mandate.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.ResponseEntity;
import org.mandate.shared.io.Downloads;
import org.mandate.shared.io.TabularFormat;
import org.mandate.shared.io.TabularWriter;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages: the account list, opening and editing accounts, lock, unlock, password reset. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private final AccountAdministration administration;
    private final AccessPolicy access;
    private final Clock clock;

    AccountAdminController(AccountAdministration administration, AccessPolicy access, Clock clock) {
        this.administration = administration;
        this.access = access;
        this.clock = clock;
    }

    /** An account as listed. */
    record Row(long id, String username, Long personId, boolean enabled, boolean locked, boolean demoPassword,
               List<Role> roles, String scope) {
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                @RequestParam(required = false) String unit, Model model) {
        Instant now = clock.instant();
        List<Row> rows = administration.search(q, role, unit).stream().map(a -> row(a, now)).toList();
        model.addAttribute("accounts", rows);
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("unit", unit);
        model.addAttribute("allRoles", Role.values());
        return "access/accounts";
    }

    /** Exactly the accounts the list shows for the same filter, as a workbook. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                                  @RequestParam(required = false) String unit) {
        Instant now = clock.instant();
        List<List<?>> rows = administration.search(q, role, unit).stream().map(a -> row(a, now))
                .map(r -> List.<Object>of(r.username(), r.roles().stream().map(Role::name).collect(Collectors.joining(";")),
                        r.scope(), r.personId() == null ? "" : r.personId(), r.enabled(), r.locked(), r.demoPassword()))
                .collect(Collectors.toList());
        return Downloads.file("accounts", TabularFormat.XLSX, out -> {
            try {
                TabularWriter.write(out, TabularFormat.XLSX, "accounts",
                        List.of("username", "roles", "scope", "person_id", "enabled", "locked", "demo_password"), rows);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        access.require(Permission.ACCOUNT_ADMIN);
        return form(model, new AccountForm(), null);
    }

    @PostMapping
    String open(@ModelAttribute("accountForm") AccountForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        try {
            long id = administration.open(form.draft(), form.getPassword());
            redirect.addFlashAttribute("notice", "access.admin.created");
            return "redirect:/admin/accounts/" + id;
        } catch (DomainException e) {
            FormErrors.show(e, binding);
            form.setPassword(null);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Account account = administration.get(id);
        return form(model, AccountForm.of(account), account);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("accountForm") AccountForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        try {
            administration.update(id, form.getVersion(), form.draft());
        } catch (DomainException e) {
            FormErrors.show(e, binding);
            return form(model, form, administration.get(id));
        }
        redirect.addFlashAttribute("notice", "access.admin.saved");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/lock")
    String lock(@PathVariable long id, RedirectAttributes redirect) {
        administration.lock(id);
        redirect.addFlashAttribute("notice", "access.admin.locked");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        administration.unlock(id);
        redirect.addFlashAttribute("notice", "access.admin.unlocked");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String newPassword, RedirectAttributes redirect) {
        try {
            administration.resetPassword(id, newPassword);
            redirect.addFlashAttribute("notice", "access.admin.passwordReset");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            redirect.addFlashAttribute("passwordError", e.messageKey());
            redirect.addFlashAttribute("passwordErrorArgs", e.args());
        }
        return "redirect:/admin/accounts/" + id;
    }

    private String form(Model model, AccountForm form, Account account) {
        model.addAttribute("accountForm", form);
        model.addAttribute("account", account);
        model.addAttribute("allRoles", Role.values());
        if (account != null) {
            Instant now = clock.instant();
            model.addAttribute("locked", account.isLockedAt(now));
            model.addAttribute("lockedByAdministrator", account.isLockedByAdministrator());
            model.addAttribute("lockedUntil", Dates.show(account.lockedUntil(), clock));
            model.addAttribute("passwordChanged", Dates.show(account.passwordChangedAt(), clock));
        }
        return "access/account";
    }

    private static Row row(AccountSummary a, Instant now) {
        return new Row(a.id(), a.username(), a.personId(), a.enabled(), a.lockedAt(now), a.demoPassword(), a.roles(),
                String.join(", ", a.scope()));
    }
}
