package org.mandate.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mandate.organization.OrgUnitType;
import org.mandate.organization.ReorganisationKind;
import org.mandate.organization.ReorganisationRequest;
import org.springframework.format.annotation.DateTimeFormat;

/** The reorganisation wizard's fields: unit codes separated by ";" or spaces, up to three new units. */
public class ReorganisationForm {

    static final int NEW_UNIT_ROWS = 3;

    private ReorganisationKind kind;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;
    private String fromCodes = "";
    private String toCodes = "";
    private String note = "";
    private List<NewUnitForm> newUnits = new ArrayList<>();

    public ReorganisationForm() {
        for (int i = 0; i < NEW_UNIT_ROWS; i++) {
            newUnits.add(new NewUnitForm());
        }
    }

    /** One new unit row; ignored when its code is blank. */
    public static class NewUnitForm {
        private String code = "";
        private String nameVi = "";
        private String nameEn = "";
        private OrgUnitType type;
        private String parentCode = "";

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getNameVi() { return nameVi; }
        public void setNameVi(String nameVi) { this.nameVi = nameVi; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public OrgUnitType getType() { return type; }
        public void setType(OrgUnitType type) { this.type = type; }
        public String getParentCode() { return parentCode; }
        public void setParentCode(String parentCode) { this.parentCode = parentCode; }
    }

    ReorganisationRequest toRequest() {
        List<ReorganisationRequest.NewUnit> opened = newUnits.stream()
                .filter(u -> u.getCode() != null && !u.getCode().isBlank())
                .map(u -> new ReorganisationRequest.NewUnit(u.getCode().strip(), blankToNull(u.getNameVi()),
                        blankToNull(u.getNameEn()), u.getType(), blankToNull(u.getParentCode())))
                .toList();
        return new ReorganisationRequest(kind, effectiveDate, codes(fromCodes), codes(toCodes), opened, blankToNull(note));
    }

    private static List<String> codes(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[;,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ReorganisationKind getKind() { return kind; }
    public void setKind(ReorganisationKind kind) { this.kind = kind; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
    public String getFromCodes() { return fromCodes; }
    public void setFromCodes(String fromCodes) { this.fromCodes = fromCodes; }
    public String getToCodes() { return toCodes; }
    public void setToCodes(String toCodes) { this.toCodes = toCodes; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<NewUnitForm> getNewUnits() { return newUnits; }
    public void setNewUnits(List<NewUnitForm> newUnits) { this.newUnits = newUnits; }
}
