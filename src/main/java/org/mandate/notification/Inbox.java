package org.mandate.notification;

import java.time.Clock;
import java.util.List;

import org.mandate.access.AccessPolicy;
import org.mandate.access.MandateUser;
import org.mandate.notification.store.Notices;
import org.springframework.stereotype.Service;

/**
 * The signed-in account's in-app notices: the latest ones, how many are unread, marking them read.
 * Each account sees only its own notices; marking read is personal state and not audited.
 */
@Service
public class Inbox {

    private static final int SHOWN = 100;

    private final Notices notices;
    private final AccessPolicy access;
    private final Clock clock;

    Inbox(Notices notices, AccessPolicy access, Clock clock) {
        this.notices = notices;
        this.access = access;
        this.clock = clock;
    }

    /** The latest notices, newest first (empty when nobody is signed in). */
    public List<Notice> latest() {
        return access.currentUser().map(u -> notices.latest(u.accountId(), SHOWN)).orElse(List.of());
    }

    public long unreadCount() {
        return access.currentUser().map(u -> notices.unread(u.accountId())).orElse(0L);
    }

    public void markRead(long noticeId) {
        access.currentUser().map(MandateUser::accountId)
                .ifPresent(account -> notices.markRead(account, noticeId, clock.instant()));
    }

    public void markAllRead() {
        access.currentUser().map(MandateUser::accountId)
                .ifPresent(account -> notices.markAllRead(account, clock.instant()));
    }
}
