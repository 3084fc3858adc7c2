package org.mandate.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryTests {

    private static final Instant NINE_IN_HANOI = Instant.parse("2026-11-23T02:00:00.123456789Z");

    private static AuditEntry firstEntry() {
        return AuditEntry.chained(1, NINE_IN_HANOI, "admin", "ORG_UNIT_RENAMED", "OrgUnit", "VP.STC", "VP.STC",
                "{\"nameVi\":\"Sở Tài chính\"}", "{\"nameVi\":\"Sở Tài chính tỉnh Vĩnh Phúc\"}", "req-00000001",
                AuditEntry.GENESIS_HASH);
    }

    @Test
    void canonicalContentListsEveryFieldWithItsLengthInUtf8Bytes() {
        assertThat(firstEntry().canonicalContent()).isEqualTo("""
                id=1:1
                occurredAt=27:2026-11-23T02:00:00.123456Z
                actor=5:admin
                action=16:ORG_UNIT_RENAMED
                entityType=7:OrgUnit
                entityId=6:VP.STC
                orgUnitCode=6:VP.STC
                before=29:{"nameVi":"Sở Tài chính"}
                after=48:{"nameVi":"Sở Tài chính tỉnh Vĩnh Phúc"}
                requestId=12:req-00000001
                previousHash=64:%s
                """.formatted(AuditEntry.GENESIS_HASH));
    }

    @Test
    void lengthsInUtf8BytesAreThoseOfTheEncodedText() {
        for (String text : List.of("", "abc", "Nguyễn Văn Đức", "ß€", "\uD83D\uDE00 emoji", "lone \uD800 high",
                "lone \uDC00 low", "end \uD83D", "\u07FF\u0800\uFFFF")) {
            assertThat(AuditEntry.utf8Length(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void missingFieldsAreWrittenAsNullAndDifferFromEmptyText() {
        AuditEntry creation = AuditEntry.chained(1, NINE_IN_HANOI, "system", "CREATED", "OrgUnit", "", null, null,
                "{}", null, AuditEntry.GENESIS_HASH);
        assertThat(creation.canonicalContent()).contains("entityId=0:\n", "orgUnitCode=null\n", "before=null\n");
    }

    @Test
    void hashIsSha256OfTheCanonicalContentInLowerCaseHex() throws Exception {
        AuditEntry entry = firstEntry();
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(entry.canonicalContent().getBytes(StandardCharsets.UTF_8));
        assertThat(entry.hash()).isEqualTo(HexFormat.of().formatHex(digest)).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(entry.isIntact()).isTrue();
    }

    @Test
    void timeIsKeptToTheMicrosecondSoBothDatabasesStoreWhatWasHashed() {
        assertThat(firstEntry().occurredAt()).isEqualTo(Instant.parse("2026-11-23T02:00:00.123456Z"));
        AuditEntry onTheSecond = AuditEntry.chained(1, Instant.parse("2026-11-23T02:00:00Z"), "admin", "A", "T",
                null, null, null, null, null, AuditEntry.GENESIS_HASH);
        assertThat(onTheSecond.canonicalContent()).contains("occurredAt=27:2026-11-23T02:00:00.000000Z\n");
    }

    @Test
    void eachEntryIsLinkedToThePreviousEntrysHash() {
        AuditEntry first = firstEntry();
        AuditEntry second = AuditEntry.chained(2, NINE_IN_HANOI.plusSeconds(60), "sotc", "PERSON_CREATED", "Person",
                "42", "VP.STC", null, "{\"fullName\":\"Nguyễn Văn A\"}", null, first.hash());

        assertThat(second.follows(first.hash())).isTrue();
        assertThat(second.follows(AuditEntry.GENESIS_HASH)).isFalse();
        assertThat(second.hash()).isNotEqualTo(first.hash());
    }

    @ParameterizedTest(name = "changing {0} breaks the entry")
    @MethodSource("tamperings")
    void changingAnyFieldAfterHashingBreaksTheEntry(String field, UnaryOperator<AuditEntry> tamper) {
        AuditEntry tampered = tamper.apply(firstEntry());
        assertThat(tampered.isIntact()).isFalse();
    }

    static Stream<Arguments> tamperings() {
        return Stream.of(
                Arguments.of("id", change(e -> copy(e, 2, e.occurredAt(), e.actor(), e.afterJson(), e.previousHash()))),
                Arguments.of("time", change(e -> copy(e, e.id(), e.occurredAt().plusNanos(1000), e.actor(), e.afterJson(), e.previousHash()))),
                Arguments.of("actor", change(e -> copy(e, e.id(), e.occurredAt(), "kiemtra", e.afterJson(), e.previousHash()))),
                Arguments.of("after", change(e -> copy(e, e.id(), e.occurredAt(), e.actor(), "{\"nameVi\":\"Sở Tài chính\"}", e.previousHash()))),
                Arguments.of("previous hash", change(e -> copy(e, e.id(), e.occurredAt(), e.actor(), e.afterJson(), "1".repeat(64)))),
                Arguments.of("field boundary", change(e -> new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.action(),
                        e.entityType(), e.entityId() + "VP.STC", "", e.beforeJson(), e.afterJson(), e.requestId(),
                        e.previousHash(), e.hash()))));
    }

    private static UnaryOperator<AuditEntry> change(UnaryOperator<AuditEntry> operator) {
        return operator;
    }

    private static AuditEntry copy(AuditEntry e, long id, Instant at, String actor, String after, String previous) {
        return new AuditEntry(id, at, actor, e.action(), e.entityType(), e.entityId(), e.orgUnitCode(), e.beforeJson(),
                after, e.requestId(), previous, e.hash());
    }
}
