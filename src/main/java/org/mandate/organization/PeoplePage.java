package org.mandate.organization;

import java.util.List;

/** A page of people: the positions of the people on it (grouped by person) and the number of people in all. */
public record PeoplePage(List<PositionView> positions, long totalPeople) {
}
