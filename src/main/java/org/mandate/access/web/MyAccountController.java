package org.mandate.access.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandate.access.Account;
import org.mandate.access.ApiToken;
import org.mandate.access.MyAccount;
import org.mandate.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account": change password, choose the language, manage personal access tokens. */
@Controller
class MyAccountController {

    private final MyAccount myAccount;
    private final LocaleResolver locales;
    private final Clock clock;

    MyAccountController(MyAccount myAccount, LocaleResolver locales, Clock clock) {
        this.myAccount = myAccount;
        this.locales = locales;
        this.clock = clock;
    }

    /** A token as listed on the page. */
    record TokenRow(long id, String name, String prefix, String created, String expires, String lastUsed,
                    boolean revoked, boolean expired) {
    }

    @GetMapping("/me")
    String show(Model model) {
        return page(model, new PasswordForm(), new TokenForm());
    }

    @PostMapping("/me/password")
    String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult binding, Model model,
                          RedirectAttributes redirect) {
        if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmPassword())) {
            binding.rejectValue("confirmPassword", "access.password.mismatch");
            return page(model, form, new TokenForm());
        }
        try {
            myAccount.changePassword(form.getCurrentPassword(), form.getNewPassword());
        } catch (DomainException e) {
            FormErrors.show(e, binding);
            return page(model, form, new TokenForm());
        }
        redirect.addFlashAttribute("notice", "access.me.passwordChanged");
        return "redirect:/me";
    }

    @PostMapping("/me/language")
    String chooseLanguage(@RequestParam String locale, HttpServletRequest request, HttpServletResponse response,
                          RedirectAttributes redirect) {
        myAccount.chooseLanguage(locale);
        locales.setLocale(request, response, Locale.forLanguageTag(locale));
        redirect.addFlashAttribute("notice", "access.me.languageSaved");
        return "redirect:/me";
    }

    /**
     * Issues a token and shows its value on the answer to this POST, not after a redirect: the value
     * must not pass through the (database-stored) session as a flash attribute.
     */
    @PostMapping("/me/tokens")
    String issueToken(@ModelAttribute("tokenForm") TokenForm form, BindingResult binding, Model model,
                      HttpServletResponse response) {
        try {
            MyAccount.IssuedToken issued = myAccount.issueToken(form.getName(), form.getDays());
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("issuedToken", issued.value());
            model.addAttribute("issuedTokenName", issued.token().name());
            return page(model, new PasswordForm(), new TokenForm());
        } catch (DomainException e) {
            FormErrors.show(e, binding);
            return page(model, new PasswordForm(), form);
        }
    }

    @PostMapping("/me/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        myAccount.revokeToken(id);
        redirect.addFlashAttribute("notice", "access.me.tokenRevoked");
        return "redirect:/me";
    }

    private String page(Model model, PasswordForm passwordForm, TokenForm tokenForm) {
        Account account = myAccount.current();
        Instant now = clock.instant();
        List<TokenRow> tokens = myAccount.tokens().stream().map(t -> row(t, now)).toList();
        model.addAttribute("account", account);
        model.addAttribute("tokens", tokens);
        model.addAttribute("minLength", myAccount.passwordRules().minLength());
        model.addAttribute("maxTokenDays", MyAccount.MAX_TOKEN_DAYS);
        model.addAttribute("passwordChanged", Dates.show(account.passwordChangedAt(), clock));
        model.addAttribute("passwordForm", passwordForm);
        model.addAttribute("tokenForm", tokenForm);
        return "access/me";
    }

    private TokenRow row(ApiToken token, Instant now) {
        return new TokenRow(token.id(), token.name(), token.prefix(), Dates.show(token.createdAt(), clock),
                Dates.show(token.expiresAt(), clock), Dates.show(token.lastUsedAt(), clock),
                token.revokedAt() != null, !token.isValidAt(now) && token.revokedAt() == null);
    }
}
