package org.mandate.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenValueTests {

    @Test
    void aTokenIsRecognisableRandomAndStoredOnlyAsItsHash() {
        TokenValue one = TokenValue.generate();
        TokenValue other = TokenValue.generate();

        assertThat(one.value()).startsWith("mdt_").hasSize(4 + 43).isNotEqualTo(other.value());
        assertThat(TokenValue.looksLikeToken(one.value())).isTrue();
        assertThat(one.hash()).hasSize(64).isNotEqualTo(other.hash()).doesNotContain(one.value().substring(4));
        assertThat(one.prefix()).isEqualTo(one.value().substring(0, 10));
        assertThat(one.toString()).doesNotContain(one.value());
    }

    @Test
    void strangeBearerValuesAreNotLookedUp() {
        assertThat(TokenValue.looksLikeToken("mdt_short")).isFalse();
        assertThat(TokenValue.looksLikeToken("abc_" + "a".repeat(43))).isFalse();
        assertThat(TokenValue.looksLikeToken("mdt_" + "a".repeat(42) + "'")).isFalse();
    }
}
