package org.mandate.access.web;

/** The new-token form on "my account". */
public class TokenForm {

    private String name;
    private int days = 90;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
