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

    @Test
    void foldingByTheTableGivesWhatDecomposingTheWholeTextGives() {
        for (char c = 0; c < 0x2100; c++) {
            String one = String.valueOf(c);
            assertThat(TextFolding.fold(one)).as("U+%04X", (int) c).isEqualTo(TextFolding.foldByNormalizer(one));
            String inText = "  Ví dụ\t" + c + "a\u0301 " + c + c + "\u0303 đẸP  ";
            assertThat(TextFolding.fold(inText)).as("U+%04X in text", (int) c)
                    .isEqualTo(TextFolding.foldByNormalizer(inText));
        }
        java.util.Random random = new java.util.Random(42);
        String alphabet = "aăâeêioôơuưyđAĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
                + "ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬ \t\n\r\f\u000B\u0300\u0301\u0303\u0309\u0323\u00DF\u0130\u03A3\u2028x7-_/.";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(TextFolding.fold(text.toString())).as("%s", text)
                    .isEqualTo(TextFolding.foldByNormalizer(text.toString()));
        }
        assertThat(TextFolding.fold("  Chuyển   đổi SỐ\tTỈNH  ")).isEqualTo("chuyen doi so tinh");
    }
}
