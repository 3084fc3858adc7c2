package org.mandate.shared;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldingTests {

    @Test
    void vietnameseWithOrWithoutDiacriticsFoldsToTheSameKey() {
        assertThat(TextFolding.fold("Vĩnh Phúc")).isEqualTo("vinh phuc");
        assertThat(TextFolding.fold("VINH PHUC")).isEqualTo("vinh phuc");
        assertThat(TextFolding.fold("  vinh   phuc ")).isEqualTo("vinh phuc");
    }

    @Test
    void dStrokeFoldsToD() {
        assertThat(TextFolding.fold("Đảng bộ Tam Đảo")).isEqualTo("dang bo tam dao");
    }

    @Test
    void decomposedInputFoldsLikeComposedInput() {
        String nfd = Normalizer.normalize("Sở Tài chính", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Sở Tài chính");
        assertThat(TextFolding.fold(nfd)).isEqualTo(TextFolding.fold("Sở Tài chính"));
    }

    @Test
    void textBelowTheCombiningMarksIsTakenAsItIsAndIsNfc() {
        for (char c = 0; c < '\u0300'; c++) {
            String text = "A" + c + "z";
            assertThat(TextFolding.nfc(text)).isSameAs(text)
                    .isEqualTo(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
        }
        String decomposedAfterAscii = "VP.STC Vie\u0302\u0323t";
        assertThat(TextFolding.nfc(decomposedAfterAscii)).isEqualTo("VP.STC Việt");
    }

    @Test
    void nfcRecomposesDecomposedVietnamese() {
        String nfd = Normalizer.normalize("Phường Vĩnh Yên", Normalizer.Form.NFD);
        assertThat(TextFolding.nfc(nfd)).isEqualTo("Phường Vĩnh Yên").hasSize("Phường Vĩnh Yên".length());
        assertThat(TextFolding.nfc(null)).isNull();
    }
}
