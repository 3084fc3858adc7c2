package org.mandate.notification;

import java.time.format.DateTimeFormatter;

import org.mandate.notification.store.Notices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Writes a notice as a plain-text email in the recipient's language and hands it to the SMTP server
 * configured under {@code spring.mail}. Off unless {@code mandate.notification.mail.enabled} is set
 * and a mail server is configured.
 */
@Component
class NoticeMail {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final NotificationSettings settings;

    NoticeMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, NotificationSettings settings) {
        this.sender = sender;
        this.messages = messages;
        this.settings = settings;
    }

    boolean enabled() {
        return settings.mail().enabled() && sender.getIfAvailable() != null;
    }

    void send(Notices.Outgoing outgoing) throws MailException {
        Notice notice = outgoing.notice();
        Object[] args = arguments(notice);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(settings.mail().from());
        mail.setTo(outgoing.emailTo());
        mail.setSubject(messages.getMessage("notification.mail.subject." + notice.rule(), args, outgoing.locale()));
        mail.setText(messages.getMessage(notice.messageKey(), args, outgoing.locale()) + "\n\n"
                + messages.getMessage("notification.mail.footer",
                new Object[] {settings.baseUrl() + "/notices", settings.baseUrl() + "/notifications/preferences"},
                outgoing.locale()));
        sender.getObject().send(mail);
    }

    /** The arguments of every notice text: code, title, unit, due date, days, occurrence date. */
    static Object[] arguments(Notice notice) {
        return new Object[] {notice.taskCode(), notice.taskTitle(), notice.unitCode(), DATE.format(notice.dueDate()),
                notice.days(), DATE.format(notice.occurrence())};
    }
}
