package org.mandate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.mandate.access.Permission;
import org.mandate.access.Role;
import org.mandate.access.UnitHierarchy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.access.Permission.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The authorisation matrix: every route the application maps (read from the handler mapping, so a
 * new endpoint is covered the day it appears) × the anonymous caller and each demo account × an id
 * inside and an id outside the account's scope. What each cell may do comes from {@link #POLICY},
 * one line per route naming the permission it needs and whether the unit of the id asked for must be
 * in scope; the role → permission table is {@link Role}'s. The test fails on any leak: a 2xx (or a
 * page's redirect after a write) where the policy says no, or a 2xx JSON/CSV body carrying a record
 * of a unit outside the caller's scope. It also fails on a route missing from the policy, and on an
 * allowed cell that is refused. Writes are sent only where the policy refuses them (allowed writes
 * would change the demo data that later cells read; their own tests cover them).
 * <p>
 * The resulting table is written to {@code target/access-matrix.md}; {@code docs/access-control.md}
 * carries the same table between markers and the test fails when the two differ (copy the
 * generated file's table into the doc after changing a route or a role).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorisationMatrixTests {

    /** The callers: nobody, then each demo account (README) with its role and scope. */
    enum Caller {
        ANONYMOUS(null, null, null),
        ADMIN("admin", Role.ADMIN, null),
        LEADER("thuongtruc", Role.LEADER, "VP"),
        SECRETARIAT("vanphong", Role.SECRETARIAT, "VP"),
        FOCAL_POINT_STC("sotc", Role.FOCAL_POINT, "VP.STC"),
        FOCAL_POINT_VY("vinhyen", Role.FOCAL_POINT, "VP.VY"),
        OFFICIAL("canbo", Role.OFFICIAL, "VP.SKHDT"),
        INSPECTOR("kiemtra", Role.INSPECTOR, "VP");

        final String username;
        final Role role;
        final String scope;

        Caller(String username, Role role, String scope) {
            this.username = username;
            this.role = role;
            this.scope = scope;
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    UnitHierarchy hierarchy;
    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    /** Who may use a route: anyone, any signed-in account, or the holders of a permission. */
    enum Access { PUBLIC, SIGNED_IN, PERMISSION }

    /**
     * The policy of one route.
     *
     * @param scoped     the permission applies to the unit of the id or the {@code unit} asked for
     * @param scopedBody a 2xx JSON/CSV answer may carry only records of units in the caller's scope
     */
    record Rule(Access access, Permission permission, boolean scoped, boolean scopedBody) {

        Rule body() {
            return new Rule(access, permission, scoped, true);
        }

        boolean allows(Caller caller, Scope scope) {
            return switch (access) {
                case PUBLIC -> true;
                case SIGNED_IN -> caller.role != null;
                case PERMISSION -> caller.role != null && caller.role.grants(permission)
                        && (!scoped || scope != Scope.OUT || caller.role == Role.ADMIN);
            };
        }
    }

    private static Rule anyone() {
        return new Rule(Access.PUBLIC, null, false, false);
    }

    private static Rule signedIn() {
        return new Rule(Access.SIGNED_IN, null, false, false);
    }

    /** Needs the permission; which unit is asked about does not matter (catalogues, the org tree). */
    private static Rule needs(Permission permission) {
        return new Rule(Access.PERMISSION, permission, false, false);
    }

    /** Needs the permission for the unit of the id or {@code unit} asked for. */
    private static Rule inScope(Permission permission) {
        return new Rule(Access.PERMISSION, permission, true, false);
    }

    /**
     * One line per route. A route the application maps but this table lacks fails the test: decide
     * who may use it, then add it here.
     */
    static final Map<String, Rule> POLICY = new TreeMap<>(Map.<String, Rule>ofEntries(
            // system
            Map.entry("GET /", signedIn()),
            Map.entry("GET /login", anyone()),
            Map.entry("GET /error", anyone()),
            Map.entry("GET /v3/api-docs", anyone()),
            Map.entry("GET /v3/api-docs/swagger-config", anyone()),
            Map.entry("GET /v3/api-docs.yaml", signedIn()),
            Map.entry("GET /swagger-ui", anyone()),
            // access
            Map.entry("GET /admin/accounts", needs(ACCOUNT_ADMIN)),
            Map.entry("GET /admin/accounts/export.xlsx", needs(ACCOUNT_ADMIN)),
            Map.entry("GET /admin/accounts/new", needs(ACCOUNT_ADMIN)),
            Map.entry("GET /admin/accounts/{id}", needs(ACCOUNT_ADMIN)),
            Map.entry("POST /admin/accounts", needs(ACCOUNT_ADMIN)),
            Map.entry("POST /admin/accounts/{id}", needs(ACCOUNT_ADMIN)),
            Map.entry("POST /admin/accounts/{id}/lock", needs(ACCOUNT_ADMIN)),
            Map.entry("POST /admin/accounts/{id}/unlock", needs(ACCOUNT_ADMIN)),
            Map.entry("POST /admin/accounts/{id}/password", needs(ACCOUNT_ADMIN)),
            Map.entry("GET /me", signedIn()),
            Map.entry("POST /me/password", signedIn()),
            Map.entry("POST /me/language", signedIn()),
            Map.entry("POST /me/tokens", signedIn()),
            Map.entry("POST /me/tokens/{id}/revoke", signedIn()),
            Map.entry("GET /api/v1/me", signedIn()),
            Map.entry("GET /api/v1/me/tokens", signedIn()),
            Map.entry("POST /api/v1/me/tokens", signedIn()),
            Map.entry("DELETE /api/v1/me/tokens/{id}", signedIn()),
            // audit
            Map.entry("GET /audit", needs(AUDIT_READ)),
            Map.entry("GET /audit/{id:\\d+}", inScope(AUDIT_READ)),
            Map.entry("GET /audit/verify", needs(AUDIT_READ)),
            Map.entry("GET /audit/export.xlsx", needs(AUDIT_READ)),
            Map.entry("GET /api/v1/audit", needs(AUDIT_READ).body()),
            Map.entry("GET /api/v1/audit/verify", needs(AUDIT_READ)),
            // organization
            Map.entry("GET /org/units", needs(ORG_READ)),
            Map.entry("GET /org/units/export", needs(ORG_READ)),
            Map.entry("GET /org/units/{code}", needs(ORG_READ)),
            Map.entry("GET /org/people", inScope(PEOPLE_READ)),
            Map.entry("GET /org/people/export", inScope(PEOPLE_READ)),
            Map.entry("GET /org/people/{id}", inScope(PEOPLE_READ)),
            Map.entry("GET /org/reorganisations", needs(ORG_READ)),
            Map.entry("GET /org/reorganisations/export", needs(ORG_READ)),
            Map.entry("GET /org/reorganisations/new", needs(ORG_WRITE)),
            Map.entry("POST /org/reorganisations/new", needs(ORG_WRITE)),
            Map.entry("POST /org/reorganisations/preview", needs(ORG_WRITE)),
            Map.entry("POST /org/reorganisations", needs(ORG_WRITE)),
            Map.entry("GET /org/import", needs(PEOPLE_WRITE)),
            Map.entry("POST /org/import", needs(PEOPLE_WRITE)),
            Map.entry("GET /api/v1/org-units", needs(ORG_READ)),
            Map.entry("GET /api/v1/org-units/export", needs(ORG_READ)),
            Map.entry("GET /api/v1/org-units/{code}", needs(ORG_READ)),
            Map.entry("POST /api/v1/org-units/import", needs(ORG_WRITE)),
            Map.entry("GET /api/v1/people", inScope(PEOPLE_READ).body()),
            Map.entry("GET /api/v1/people/export", inScope(PEOPLE_READ).body()),
            Map.entry("POST /api/v1/people/import", needs(PEOPLE_WRITE)),
            Map.entry("GET /api/v1/reorganisations", needs(ORG_READ)),
            Map.entry("GET /api/v1/reorganisations/export", needs(ORG_READ)),
            Map.entry("POST /api/v1/reorganisations/import", needs(ORG_WRITE)),
            // document
            Map.entry("GET /files/{id}", inScope(DOCUMENT_READ)),
            Map.entry("POST /api/v1/files", inScope(TASK_WRITE)),
            Map.entry("GET /api/v1/files/{id}", inScope(DOCUMENT_READ)),
            Map.entry("GET /api/v1/files/{id}/content", inScope(DOCUMENT_READ)),
            Map.entry("DELETE /api/v1/files/{id}", inScope(TASK_WRITE)),
            Map.entry("GET /api/v1/documents", needs(DOCUMENT_READ)),
            Map.entry("GET /api/v1/documents/one", needs(DOCUMENT_READ)),
            Map.entry("GET /api/v1/documents/{number}", needs(DOCUMENT_READ)),
            Map.entry("POST /api/v1/documents", inScope(DOCUMENT_WRITE)),
            Map.entry("PUT /api/v1/documents/one", inScope(DOCUMENT_WRITE)),
            // delivery: pages
            Map.entry("GET /programme", needs(TASK_READ)),
            Map.entry("GET /programme/{code}/timeline", inScope(TASK_READ)),
            Map.entry("GET /tasks", needs(TASK_READ)),
            Map.entry("GET /tasks/export.xlsx", needs(TASK_READ)),
            Map.entry("GET /tasks/{code}", inScope(TASK_READ)),
            Map.entry("POST /tasks/{code}/progress", inScope(TASK_WRITE)),
            Map.entry("POST /tasks/{code}/extensions", inScope(TASK_WRITE)),
            Map.entry("POST /tasks/{code}/extensions/decision", inScope(TASK_ACCEPT)),
            Map.entry("POST /tasks/{code}/completion", inScope(TASK_WRITE)),
            Map.entry("POST /tasks/{code}/completion/decision", inScope(TASK_ACCEPT)),
            Map.entry("POST /tasks/{code}/products", inScope(TASK_WRITE)),
            Map.entry("POST /tasks/{code}/products/{id}/delivery", inScope(TASK_WRITE)),
            Map.entry("POST /tasks/{code}/products/{id}/acceptance", inScope(TASK_ACCEPT)),
            Map.entry("POST /tasks/{code}/products/{id}/checks", inScope(TASK_ACCEPT)),
            Map.entry("GET /tasks/{code}/products/{id}/history", inScope(TASK_READ)),
            Map.entry("GET /my-work", signedIn()),
            Map.entry("GET /statistics", inScope(TASK_READ)),
            Map.entry("GET /reporting-schedules", needs(TASK_READ)),
            Map.entry("POST /reporting-schedules", inScope(TASK_ASSIGN)),
            Map.entry("POST /reporting-schedules/{unit}/clear", inScope(TASK_ASSIGN)),
            // delivery: API
            Map.entry("GET /api/v1/tasks", needs(TASK_READ).body()),
            Map.entry("GET /api/v1/tasks/export", needs(TASK_READ).body()),
            Map.entry("GET /api/v1/tasks/stats", inScope(TASK_READ)),
            Map.entry("GET /api/v1/tasks/{code}", inScope(TASK_READ).body()),
            Map.entry("GET /api/v1/tasks/{code}/progress-reports", inScope(TASK_READ)),
            Map.entry("POST /api/v1/tasks/{code}/progress-reports", inScope(TASK_WRITE)),
            Map.entry("GET /api/v1/tasks/{code}/extensions", inScope(TASK_READ)),
            Map.entry("POST /api/v1/tasks/{code}/extensions", inScope(TASK_WRITE)),
            Map.entry("POST /api/v1/tasks/{code}/extensions/decision", inScope(TASK_ACCEPT)),
            Map.entry("GET /api/v1/tasks/{code}/completion", inScope(TASK_READ)),
            Map.entry("POST /api/v1/tasks/{code}/completion", inScope(TASK_WRITE)),
            Map.entry("POST /api/v1/tasks/{code}/completion/decision", inScope(TASK_ACCEPT)),
            Map.entry("GET /api/v1/tasks/{code}/products", inScope(TASK_READ)),
            Map.entry("POST /api/v1/tasks/{code}/products", inScope(TASK_WRITE)),
            Map.entry("PUT /api/v1/tasks/{code}/products/{id}", inScope(TASK_WRITE)),
            Map.entry("POST /api/v1/tasks/{code}/products/{id}/delivery", inScope(TASK_WRITE)),
            Map.entry("POST /api/v1/tasks/{code}/products/{id}/acceptance", inScope(TASK_ACCEPT)),
            Map.entry("POST /api/v1/tasks/{code}/products/{id}/checks", inScope(TASK_ACCEPT)),
            Map.entry("GET /api/v1/tasks/{code}/products/{id}/history", inScope(TASK_READ)),
            Map.entry("GET /api/v1/plan-items", needs(TASK_READ).body()),
            Map.entry("GET /api/v1/plan-items/export", needs(TASK_READ).body()),
            Map.entry("GET /api/v1/plan-items/{code}", inScope(TASK_READ).body()),
            Map.entry("POST /api/v1/plan-items", inScope(TASK_ASSIGN)),
            Map.entry("PUT /api/v1/plan-items/{code}", inScope(TASK_ASSIGN)),
            Map.entry("DELETE /api/v1/plan-items/{code}", inScope(TASK_ASSIGN)),
            Map.entry("POST /api/v1/plan-items/import", inScope(TASK_ASSIGN)),
            Map.entry("GET /api/v1/reporting-schedules", needs(TASK_READ).body()),
            Map.entry("PUT /api/v1/reporting-schedules/{unit}", inScope(TASK_ASSIGN)),
            Map.entry("DELETE /api/v1/reporting-schedules/{unit}", inScope(TASK_ASSIGN)),
            // indicator: pages
            Map.entry("GET /indicators", needs(INDICATOR_READ)),
            Map.entry("GET /indicators/{code}", inScope(INDICATOR_READ)),
            Map.entry("GET /indicators/board", inScope(INDICATOR_READ)),
            Map.entry("GET /indicators/hard-to-achieve", inScope(INDICATOR_READ)),
            Map.entry("POST /indicators/hard-to-achieve/solutions", inScope(DATA_ENTER)),
            Map.entry("GET /indicators/hard-to-achieve/pdf", inScope(INDICATOR_READ)),
            Map.entry("GET /indicators/hard-to-achieve/export", inScope(INDICATOR_READ)),
            Map.entry("GET /indicators/entry", inScope(INDICATOR_READ)),
            Map.entry("GET /indicators/entry/summary", inScope(INDICATOR_READ)),
            Map.entry("POST /indicators/entry/row", inScope(DATA_ENTER)),
            Map.entry("POST /indicators/entry", inScope(DATA_ENTER)),
            Map.entry("POST /indicators/entry/submit", inScope(DATA_ENTER)),
            Map.entry("GET /indicators/approvals", inScope(DATA_APPROVE)),
            Map.entry("POST /indicators/approvals/approve", inScope(DATA_APPROVE)),
            Map.entry("POST /indicators/approvals/reopen", inScope(DATA_APPROVE)),
            Map.entry("GET /indicators/import", needs(DATA_ENTER)),
            Map.entry("POST /indicators/import", needs(DATA_ENTER)),
            Map.entry("GET /indicators/import/{id}", needs(DATA_ENTER)),
            Map.entry("GET /indicators/import/{id}/status", needs(DATA_ENTER)),
            // indicator: API
            Map.entry("GET /api/v1/indicators", needs(INDICATOR_READ)),
            Map.entry("GET /api/v1/indicators/export", needs(INDICATOR_READ)),
            Map.entry("GET /api/v1/indicators/{code}", needs(INDICATOR_READ)),
            Map.entry("GET /api/v1/indicators/{code}/roll-up", inScope(INDICATOR_READ).body()),
            Map.entry("POST /api/v1/indicators", needs(TARGET_WRITE)),
            Map.entry("PUT /api/v1/indicators/{code}", needs(TARGET_WRITE)),
            Map.entry("DELETE /api/v1/indicators/{code}", needs(TARGET_WRITE)),
            Map.entry("POST /api/v1/indicators/import", needs(TARGET_WRITE)),
            Map.entry("GET /api/v1/targets", inScope(INDICATOR_READ).body()),
            Map.entry("POST /api/v1/targets", inScope(TARGET_WRITE)),
            Map.entry("DELETE /api/v1/targets", inScope(TARGET_WRITE)),
            Map.entry("GET /api/v1/targets/allocation-gaps", inScope(INDICATOR_READ).body()),
            Map.entry("GET /api/v1/targets/export", inScope(INDICATOR_READ).body()),
            Map.entry("POST /api/v1/targets/import", inScope(TARGET_WRITE)),
            Map.entry("GET /api/v1/data-values", inScope(INDICATOR_READ).body()),
            Map.entry("POST /api/v1/data-values", inScope(DATA_ENTER)),
            Map.entry("POST /api/v1/data-values/import", inScope(DATA_ENTER)),
            Map.entry("GET /api/v1/data-values/export", inScope(INDICATOR_READ).body()),
            Map.entry("POST /api/v1/data-values/submit", inScope(DATA_ENTER)),
            Map.entry("POST /api/v1/data-values/approve", inScope(DATA_APPROVE)),
            Map.entry("POST /api/v1/data-values/reopen", inScope(DATA_APPROVE)),
            Map.entry("GET /api/v1/data-values/approvals", inScope(DATA_APPROVE).body()),
            Map.entry("GET /api/v1/dhis2-mappings", needs(INDICATOR_READ)),
            Map.entry("POST /api/v1/dhis2-mappings", needs(TARGET_WRITE)),
            Map.entry("GET /api/v1/assessments", inScope(INDICATOR_READ).body()),
            Map.entry("POST /api/v1/assessments/override", inScope(TARGET_WRITE)),
            Map.entry("GET /api/v1/forecasts", inScope(INDICATOR_READ).body()),
            // notification
            Map.entry("GET /calendar/{token}.ics", anyone()),
            Map.entry("GET /notices", signedIn()),
            Map.entry("POST /notices/{id}/read", signedIn()),
            Map.entry("POST /notices/read", signedIn()),
            Map.entry("GET /notifications/runs", needs(METRICS_READ)),
            Map.entry("POST /notifications/runs", needs(METRICS_READ)),
            Map.entry("GET /notifications/preferences", signedIn()),
            Map.entry("POST /notifications/preferences", signedIn()),
            Map.entry("GET /notifications/calendar", signedIn()),
            Map.entry("POST /notifications/calendar", signedIn()),
            Map.entry("POST /notifications/calendar/revoke", signedIn())));

    /**
     * Routes whose answers are known to leak today, each with where the fix lives. Their status
     * cells are still checked; only the body check is suspended. Empty this once the fix is in.
     */
    static final Map<String, String> KNOWN_BODY_LEAKS = Map.of();

    /** Which ids a cell asks about: in the caller's scope, outside it, or none (a list without a unit). */
    enum Scope { IN, OUT, NONE }

    /** One request of the matrix. */
    record Cell(String route, Caller caller, Scope scope, String method, String uri, boolean allowed) {
    }

    /** Sample ids of one caller, inside and outside its scope. */
    record Samples(Set<String> units, String unitIn, String unitOut, String taskIn, String taskOut, String productIn,
                   String productOut, String personIn, String personOut, String auditIn, String auditOut) {

        String unit(Scope scope) {
            return scope == Scope.OUT ? unitOut : unitIn;
        }
    }

    private static final Set<String> UNIT_PARAMETERS = Set.of("unit", "leadUnit");
    private static final String MISSING = "999999";

    private Set<String> allUnits;
    /** Units a plan item is read through, by code: its lead, assigning and coordinating units and those of the items below it (a task row names only its lead). */
    private Map<String, Set<String>> taskUnits = Map.of();
    private String indicator;
    private String document;
    private String account;

    @Test
    void noCallerReachesWhatThePolicyRefusesNorReadsAnotherUnitsRecords() throws Exception {
        allUnits = Set.copyOf(jdbc.sql("SELECT code FROM org_unit").query(String.class).list());
        taskUnits = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        jdbc.sql("SELECT p.code, p.lead_unit_code, p.assigner_unit_code, c.unit_code, q.code FROM plan_item p "
                + "LEFT JOIN plan_item_coordinator c ON c.plan_item_id = p.id "
                + "LEFT JOIN plan_item q ON q.id = p.parent_id").query(rs -> {
                    Set<String> units = taskUnits.computeIfAbsent(rs.getString(1), k -> new HashSet<>());
                    units.add(rs.getString(2));
                    units.add(rs.getString(3));
                    if (rs.getString(4) != null) {
                        units.add(rs.getString(4));
                    }
                    if (rs.getString(5) != null) {
                        parents.put(rs.getString(1), rs.getString(5));
                    }
                });
        // an item is shown as the context of the items below it, so it counts as theirs too
        for (String code : List.copyOf(taskUnits.keySet())) {
            Set<String> own = Set.copyOf(taskUnits.get(code));
            for (String up = parents.get(code); up != null; up = parents.get(up)) {
                taskUnits.computeIfAbsent(up, k -> new HashSet<>()).addAll(own);
            }
        }
        indicator = jdbc.sql("SELECT MIN(code) FROM indicator").query(String.class).single();
        document = jdbc.sql("SELECT MIN(doc_number) FROM document").query(String.class).single();
        account = String.valueOf(jdbc.sql("SELECT id FROM account WHERE username = 'canbo'").query(Long.class).single());

        Map<String, HandlerMethod> routes = routes();
        Set<String> undeclared = new TreeSet<>(routes.keySet());
        undeclared.removeAll(POLICY.keySet());
        assertThat(undeclared).as("routes the policy table does not declare").isEmpty();
        Set<String> stale = new TreeSet<>(POLICY.keySet());
        stale.removeAll(routes.keySet());
        assertThat(stale).as("policy lines for routes that no longer exist").isEmpty();

        Map<Caller, UserDetails> users = new EnumMap<>(Caller.class);
        Map<Caller, Samples> samples = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            if (caller.username != null) {
                users.put(caller, accounts.loadUserByUsername(caller.username));
            }
            samples.put(caller, samples(caller));
        }

        List<String> leaks = new ArrayList<>();
        List<String> refusedButAllowed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> stillLeaking = new TreeSet<>();
        int requests = 0;
        for (Map.Entry<String, HandlerMethod> route : routes.entrySet()) {
            Rule rule = POLICY.get(route.getKey());
            for (Cell cell : cells(route.getKey(), route.getValue(), rule, samples)) {
                boolean write = !cell.method.equals("GET");
                if (write && cell.allowed) {
                    continue;
                }
                requests++;
                MockHttpServletResponse response = perform(cell, users.get(cell.caller));
                int status = response.getStatus();
                String where = cell.caller + " " + cell.scope + " " + cell.method + " " + cell.uri + " -> " + status;
                if (status >= 500 && !route.getKey().equals("GET /error")) {
                    failures.add(where);
                } else if (!cell.allowed && !refused(cell, response)) {
                    leaks.add(where + " " + (response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl()));
                } else if (cell.allowed && refusedOutright(cell, response)
                        && !(cell.scope == Scope.NONE && rule.scoped && cell.caller.role != Role.ADMIN)) {
                    // without a unit a scoped route may default to one outside the scope and say so
                    refusedButAllowed.add(where);
                } else if (cell.allowed && status / 100 == 2 && rule.scopedBody && cell.caller.role != Role.ADMIN) {
                    String foreign = foreignUnitIn(response, samples.get(cell.caller).units);
                    if (foreign != null && KNOWN_BODY_LEAKS.containsKey(route.getKey())) {
                        stillLeaking.add(route.getKey());
                    } else if (foreign != null) {
                        leaks.add(where + " carries a record of " + foreign);
                    }
                }
            }
        }
        writeTable(routes.keySet());
        assertThat(leaks).as("leaks (%d requests)", requests).isEmpty();
        assertThat(failures).as("server errors").isEmpty();
        assertThat(refusedButAllowed).as("cells the policy allows but the application refuses").isEmpty();
        assertThat(requests).isGreaterThan(500);
        assertThat(stillLeaking).as("known leaks that no longer leak: remove them from KNOWN_BODY_LEAKS")
                .containsExactlyInAnyOrderElementsOf(KNOWN_BODY_LEAKS.keySet());
    }

    @Test
    void theBodyCheckRecognisesARecordOfAnotherUnit() throws Exception {
        allUnits = Set.of("VP", "VP.STC", "VP.VY");
        MockHttpServletResponse leaking = new MockHttpServletResponse();
        leaking.setStatus(200);
        leaking.setContentType("application/json");
        leaking.getWriter().write("{\"items\":[{\"unit\":\"VP.STC\",\"value\":1},{\"unit\":\"VP.VY\",\"value\":2}]}");
        assertThat(foreignUnitIn(leaking, Set.of("VP.VY"))).isEqualTo("VP.STC");
        assertThat(foreignUnitIn(leaking, Set.of("VP.VY", "VP.STC"))).isNull();
        MockHttpServletResponse csv = new MockHttpServletResponse();
        csv.setContentType("text/csv");
        csv.getWriter().write("unit,indicator,value\nVP.VY,X,1\nVP.STC,X,2\n");
        assertThat(foreignUnitIn(csv, Set.of("VP.VY"))).isEqualTo("VP.STC");
    }

    @Test
    void theDocumentedTableIsTheOneThePolicyGives() throws IOException {
        String generated = table(routes().keySet());
        String doc = Files.readString(Path.of("docs/access-control.md"));
        int from = doc.indexOf(TABLE_START);
        int to = doc.indexOf(TABLE_END);
        assertThat(from).as("docs/access-control.md has the generated table's markers").isNotNegative();
        assertThat(doc.substring(from + TABLE_START.length(), to).strip())
                .as("docs/access-control.md's route table (regenerate it from target/access-matrix.md)")
                .isEqualTo(generated.strip());
    }

    private List<Cell> cells(String route, HandlerMethod handler, Rule rule, Map<Caller, Samples> samples) {
        String method = route.substring(0, route.indexOf(' '));
        String pattern = route.substring(route.indexOf(' ') + 1);
        Map<String, Boolean> parameters = parameters(handler);
        boolean unitParameter = parameters.keySet().stream().anyMatch(UNIT_PARAMETERS::contains);
        boolean unitOptional = unitParameter && parameters.entrySet().stream()
                .noneMatch(e -> UNIT_PARAMETERS.contains(e.getKey()) && e.getValue());
        boolean scopedId = pattern.matches(".*(/tasks/|/plan-items/|/programme/|/org/people/|/audit/|/reporting-schedules/).*\\{.*");
        List<Cell> cells = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            List<Scope> scopes = new ArrayList<>();
            scopes.add(unitParameter || scopedId ? Scope.IN : Scope.NONE);
            if ((unitParameter || scopedId) && caller.role != null && caller.role != Role.ADMIN) {
                scopes.add(Scope.OUT);
            }
            if (unitOptional && caller.role != null) {
                scopes.add(Scope.NONE);
            }
            for (Scope scope : scopes) {
                Samples s = samples.get(caller);
                String uri = uri(pattern, s, scope == Scope.OUT);
                if (uri == null) {
                    continue;
                }
                String query = query(parameters, s, scope);
                cells.add(new Cell(route, caller, scope, method, query.isEmpty() ? uri : uri + "?" + query,
                        rule.allows(caller, scope)));
            }
        }
        return cells;
    }

    private String uri(String pattern, Samples s, boolean out) {
        String task = out ? s.taskOut : s.taskIn;
        String uri = pattern.replace("{id:\\d+}", "{audit}");
        if (uri.contains("/products/{id}")) {
            uri = uri.replace("/products/{id}", "/products/" + (out ? s.productOut : s.productIn));
        }
        if (uri.startsWith("/org/people/")) {
            uri = uri.replace("{id}", out ? s.personOut : s.personIn);
        }
        if (uri.startsWith("/admin/accounts/")) {
            uri = uri.replace("{id}", account);
        }
        if (uri.matches(".*(/tasks/|/plan-items/|/programme/)\\{code}.*")) {
            if (task == null) {
                return null;
            }
            uri = uri.replace("{code}", task);
        }
        String audit = out ? s.auditOut : s.auditIn;
        if (uri.contains("{audit}") && audit == null) {
            return null;
        }
        return uri.replace("{audit}", String.valueOf(audit))
                .replace("{unit}", s.unit(out ? Scope.OUT : Scope.IN))
                .replace("/indicators/{code}", "/indicators/" + indicator)
                .replace("{code}", s.unitIn)
                .replace("{number}", document)
                .replace("{token}", "no-such-feed")
                .replace("{id}", MISSING);
    }

    private String query(Map<String, Boolean> parameters, Samples s, Scope scope) {
        List<String> query = new ArrayList<>();
        for (Map.Entry<String, Boolean> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (UNIT_PARAMETERS.contains(name)) {
                if (scope != Scope.NONE) {
                    query.add(name + "=" + s.unit(scope));
                }
                continue;
            }
            String value = switch (name) {
                case "year" -> "2025";
                case "period" -> "2025";
                case "indicator" -> indicator;
                case "number" -> document;
                case "asOf" -> "2025-12-31";
                default -> null;
            };
            if (value != null && parameter.getValue()) {
                query.add(name + "=" + value);
            }
        }
        return String.join("&", query);
    }

    /** The request parameters a handler reads, each with whether it is required. */
    private static Map<String, Boolean> parameters(HandlerMethod handler) {
        Map<String, Boolean> parameters = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (annotation != null) {
                String name = !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
                parameters.put(name, annotation.required() && annotation.defaultValue().equals(ValueConstants.DEFAULT_NONE)
                        && !type.equals(java.util.Optional.class));
            } else if (type.isRecord() && !type.getName().startsWith("java.")) {
                for (var component : type.getRecordComponents()) {
                    parameters.putIfAbsent(component.getName(), false);
                }
            }
        }
        return parameters;
    }

    private MockHttpServletResponse perform(Cell cell, UserDetails user) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(cell.method), cell.uri).with(csrf());
        if (!cell.method.equals("GET") && cell.uri.startsWith("/api/")) {
            request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (user != null) {
            request = request.with(user(user));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A refusal: 401/403/404 (or another 4xx for a write), or a page sending the anonymous caller to sign in. */
    private static boolean refused(Cell cell, MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status == 401 || status == 403 || status == 404) {
            return true;
        }
        if (!cell.method.equals("GET") && status / 100 == 4) {
            return true;
        }
        String redirect = response.getRedirectedUrl();
        return cell.caller == Caller.ANONYMOUS && status / 100 == 3 && redirect != null && redirect.endsWith("/login");
    }

    /** Refused whatever the id: 401/403, or the sign-in page (a 404 for a missing sample id is no refusal). */
    private static boolean refusedOutright(Cell cell, MockHttpServletResponse response) {
        return response.getStatus() == 401 || response.getStatus() == 403
                || (refused(cell, response) && response.getStatus() / 100 == 3);
    }

    /**
     * The first unit outside {@code scope} that a record of a JSON or CSV body belongs to, or null.
     * A record (a JSON object, a CSV row) belongs to the units whose codes it carries; it is in scope
     * when one of them is (a task whose coordinating unit is in scope is readable).
     */
    String foreignUnitIn(MockHttpServletResponse response, Set<String> scope) throws IOException {
        String type = String.valueOf(response.getContentType());
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (type.contains("json")) {
            return foreignUnitIn(json.readTree(body), scope);
        }
        if (type.contains("csv")) {
            for (String line : body.split("\r?\n")) {
                String foreign = foreignOf(List.of(line.split("[,;\t]")), scope);
                if (foreign != null) {
                    return foreign;
                }
            }
        }
        return null;
    }

    private String foreignUnitIn(JsonNode node, Set<String> scope) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                String foreign = foreignUnitIn(element, scope);
                if (foreign != null) {
                    return foreign;
                }
            }
        } else if (node.isObject()) {
            List<String> values = new ArrayList<>();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                JsonNode value = property.getValue();
                if (value.isString()) {
                    values.add(value.asString());
                } else if (value.isArray()) {
                    value.forEach(v -> {
                        if (v.isString()) {
                            values.add(v.asString());
                        }
                    });
                }
            }
            String foreign = foreignOf(values, scope);
            if (foreign != null && !holdsARecordInScope(node, scope)) {
                // a tree node out of scope is shown as the context of one in scope below it
                return foreign;
            }
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (property.getValue().isContainer()) {
                    foreign = foreignUnitIn(property.getValue(), scope);
                    if (foreign != null) {
                        return foreign;
                    }
                }
            }
        }
        return null;
    }

    private boolean holdsARecordInScope(JsonNode node, Set<String> scope) {
        for (JsonNode child : node) {
            if (child.isString() ? foreignOf(List.of(child.asString()), scope) == null && inScope(child.asString(), scope)
                    : child.isContainer() && holdsARecordInScope(child, scope)) {
                return true;
            }
        }
        return false;
    }

    private boolean inScope(String value, Set<String> scope) {
        return scope.contains(value) || taskUnits.getOrDefault(value, Set.of()).stream().anyMatch(scope::contains);
    }

    private String foreignOf(Collection<String> values, Set<String> scope) {
        String foreign = null;
        for (String raw : values) {
            String value = raw.strip().replace("\"", "");
            if (inScope(value, scope)) {
                return null;
            }
            if (foreign == null && allUnits.contains(value)) {
                foreign = value;
            }
        }
        return foreign;
    }

    private Samples samples(Caller caller) {
        String scopeUnit = caller.scope == null ? "VP" : caller.scope;
        Set<String> units = hierarchy.unitsWithin(Set.of(scopeUnit));
        String unitOut = List.of("PT", "VP.VY", "VP.STC").stream().filter(u -> !units.contains(u)).findFirst()
                .orElseThrow();
        String unitIn = caller.scope == null ? "VP.VY" : caller.scope;
        String taskIn = first("SELECT p.code FROM plan_item p WHERE p.kind = 'TASK' AND p.lead_unit_code IN (:units) "
                + "ORDER BY (SELECT COUNT(*) FROM product d WHERE d.plan_item_id = p.id) DESC, p.code", units);
        String taskOut = first("SELECT p.code FROM plan_item p WHERE p.kind = 'TASK' AND p.lead_unit_code NOT IN (:units) "
                + "AND p.assigner_unit_code NOT IN (:units) AND NOT EXISTS (SELECT 1 FROM plan_item_coordinator c "
                + "WHERE c.plan_item_id = p.id AND c.unit_code IN (:units)) "
                + "ORDER BY (SELECT COUNT(*) FROM product d WHERE d.plan_item_id = p.id) DESC, p.code", units);
        return new Samples(units, unitIn, unitOut, taskIn, taskOut, product(taskIn), product(taskOut),
                first("SELECT CAST(pp.person_id AS VARCHAR(20)) FROM person_position pp JOIN org_unit u ON u.id = pp.unit_id "
                        + "WHERE u.code IN (:units) ORDER BY pp.person_id", units),
                first("SELECT CAST(p.id AS VARCHAR(20)) FROM person p WHERE NOT EXISTS (SELECT 1 FROM person_position pp "
                        + "JOIN org_unit u ON u.id = pp.unit_id WHERE pp.person_id = p.id AND u.code IN (:units)) ORDER BY p.id",
                        units),
                first("SELECT CAST(id AS VARCHAR(20)) FROM audit_entry WHERE org_unit_code IN (:units) ORDER BY id", units),
                first("SELECT CAST(id AS VARCHAR(20)) FROM audit_entry WHERE org_unit_code NOT IN (:units) ORDER BY id",
                        units));
    }

    private String first(String sql, Set<String> units) {
        return jdbc.sql(sql).param("units", units).query(String.class).list().stream().findFirst().orElse(null);
    }

    private String product(String task) {
        if (task == null) {
            return MISSING;
        }
        return jdbc.sql("SELECT CAST(MIN(d.id) AS VARCHAR(20)) FROM product d JOIN plan_item p ON p.id = d.plan_item_id "
                + "WHERE p.code = :code").param("code", task).query(String.class).optional().orElse(MISSING);
    }

    static final String TABLE_START = "<!-- access-matrix:start (generated by AuthorisationMatrixTests) -->";
    static final String TABLE_END = "<!-- access-matrix:end -->";

    /** The route × caller table: ✓ allowed, "scope" allowed for units in scope only, — refused. */
    static String table(Collection<String> routes) {
        StringBuilder out = new StringBuilder("| route | anonymous | ADMIN | LEADER | SECRETARIAT | FOCAL_POINT | OFFICIAL "
                + "| INSPECTOR | VIEWER |\n|---|:-:|:-:|:-:|:-:|:-:|:-:|:-:|:-:|\n");
        List<Role> roles = List.of(Role.ADMIN, Role.LEADER, Role.SECRETARIAT, Role.FOCAL_POINT, Role.OFFICIAL,
                Role.INSPECTOR, Role.VIEWER);
        List<String> byPath = new ArrayList<>(routes);
        byPath.sort(java.util.Comparator.comparing((String r) -> r.substring(r.indexOf(' ') + 1))
                .thenComparing(r -> r.substring(0, r.indexOf(' '))));
        for (String route : byPath) {
            Rule rule = POLICY.get(route);
            if (rule == null) {
                continue;
            }
            out.append("| `").append(route.replace("|", "\\|")).append("` | ")
                    .append(rule.access == Access.PUBLIC ? "✓" : "—");
            for (Role role : roles) {
                String cell = switch (rule.access) {
                    case PUBLIC, SIGNED_IN -> "✓";
                    case PERMISSION -> !role.grants(rule.permission) ? "—"
                            : rule.scoped && role != Role.ADMIN ? "scope" : "✓";
                };
                out.append(" | ").append(cell);
            }
            out.append(" |\n");
        }
        return out.toString();
    }

    private void writeTable(Collection<String> routes) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/access-matrix.md"), TABLE_START + "\n" + table(routes) + TABLE_END + "\n");
    }

    /** Every mapped route as "METHOD pattern". */
    private Map<String, HandlerMethod> routes() {
        Map<String, HandlerMethod> routes = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.putIfAbsent(method + " " + pattern, entry.getValue());
                }
            }
        }
        return routes;
    }
}
