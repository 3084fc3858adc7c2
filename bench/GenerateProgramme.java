import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a national delivery programme over the generated national organisation, for benchmarks.
 *
 * <pre>
 * java bench/GenerateProgramme.java UNITS_FILE bulk OUTDIR [tasks] [seed] [today] [firstPerson] [lastPerson]
 * java bench/GenerateProgramme.java UNITS_FILE import OUT.csv [rows] [seed] [today]
 * </pre>
 *
 * {@code UNITS_FILE} has one unit a line, {@code code|type|valid_from|valid_to|province_id} (as the
 * bench script exports it from {@code org_unit}). {@code bulk} writes the COPY files (CSV, no header,
 * in table column order) of {@code plan_item}, {@code plan_item_coordinator}, {@code task_extension},
 * {@code task_completion}, {@code product} and {@code progress_report}: per province one resolution
 * with eight programmes, then {@code tasks} (1,000,000) tasks under them, every 25th with three
 * sub-tasks; about 35% led by pre-reform units (counted under their successors through the
 * reorganisation mappings), the rest by current ones; accepted completions on time and late, open
 * tasks in time and overdue, approved (one or two), rejected and pending extensions, pending
 * completion reports, coordinating units, responsible officials, ~3 products and ~2 progress reports
 * a task. {@code import} writes a file in the columns of {@code tasks.csv} plus completed_date,
 * extended_due_date and responsible_username (200 programmes, then tasks and sub-tasks). Same seed,
 * same bytes.
 */
public class GenerateProgramme {

    static final long FIRST_ID = 10_000_001L;
    static final LocalDate EARLIEST = LocalDate.of(2021, 1, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final String[] VERBS = {"Xây dựng", "Triển khai", "Hoàn thiện", "Tổ chức thực hiện", "Rà soát", "Sơ kết",
        "Đẩy mạnh", "Nâng cao hiệu quả", "Ban hành", "Kiểm tra, giám sát", "Tổng kết", "Đánh giá"};
    static final String[] TOPICS = {"chuyển đổi số", "cải cách hành chính", "quy hoạch đô thị", "xây dựng nông thôn mới",
        "giải phóng mặt bằng", "thu hút đầu tư", "phát triển du lịch", "bảo vệ môi trường", "an sinh xã hội",
        "y tế cơ sở", "giáo dục phổ thông", "hạ tầng giao thông", "quản lý đất đai", "phòng chống thiên tai",
        "kinh tế tập thể", "văn hóa cơ sở", "an ninh trật tự", "tinh gọn bộ máy", "thu ngân sách", "đề án việc làm"};
    static final String[] PRODUCT_TYPES = {"DOCUMENT_ISSUED", "PLAN_APPROVED", "PROJECT_COMPLETED", "REPORT", "EVENT"};

    record Unit(String code, String type, LocalDate from, LocalDate to, long province) {
        boolean current() {
            return to == null;
        }
    }

    final List<Unit> leads = new ArrayList<>();
    final double[] weights;
    final Map<Long, List<Unit>> byProvince = new HashMap<>();
    final Map<Long, String> committee = new HashMap<>();
    final LocalDate today;

    GenerateProgramme(Path unitsFile, LocalDate today) throws IOException {
        this.today = today;
        for (String line : Files.readAllLines(unitsFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\\|", -1);
            if (f.length < 5 || f[4].isEmpty()) {
                continue;
            }
            Unit u = new Unit(f[0], f[1], LocalDate.parse(f[2]), f[3].isEmpty() ? null : LocalDate.parse(f[3]),
                    Long.parseLong(f[4]));
            if (u.to != null && u.to.isBefore(EARLIEST.plusDays(90))) {
                continue;
            }
            byProvince.computeIfAbsent(u.province, p -> new ArrayList<>()).add(u);
            if (u.type.equals("PEOPLES_COMMITTEE")) {
                committee.put(u.province, u.code);
            }
            if (List.of("DEPARTMENT", "COMMUNE", "DISTRICT", "PEOPLES_COMMITTEE", "PARTY_BODY").contains(u.type)) {
                leads.add(u);
            }
        }
        // ~35% of the tasks on pre-reform units, ~65% on current ones, departments weigh most.
        long old = leads.stream().filter(u -> !u.current()).count();
        long now = leads.size() - old;
        weights = new double[leads.size()];
        double sum = 0;
        for (int i = 0; i < leads.size(); i++) {
            Unit u = leads.get(i);
            double w = (u.current() ? 0.65 / now : 0.35 / old)
                    * switch (u.type) {
                        case "DEPARTMENT" -> 3.0;
                        case "PEOPLES_COMMITTEE" -> 4.0;
                        case "DISTRICT" -> 2.0;
                        default -> 1.0;
                    };
            sum += w;
            weights[i] = sum;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: GenerateProgramme UNITS_FILE bulk OUTDIR [tasks] [seed] [today] [firstPerson] [lastPerson]");
            System.err.println("       GenerateProgramme UNITS_FILE import OUT.csv [rows] [seed] [today]");
            System.exit(2);
        }
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 2025;
        LocalDate today = args.length > 5 ? LocalDate.parse(args[5]) : LocalDate.now();
        GenerateProgramme g = new GenerateProgramme(Path.of(args[0]), today);
        if (args[1].equals("import")) {
            int rows = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
            g.importFile(Path.of(args[2]), rows, seed);
        } else {
            int tasks = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
            long first = args.length > 6 ? Long.parseLong(args[6]) : 0;
            long last = args.length > 7 ? Long.parseLong(args[7]) : 0;
            g.bulk(Path.of(args[2]), tasks, seed, first, last);
        }
    }

    Unit pickLead(SplittableRandom r) {
        double x = r.nextDouble();
        int lo = 0;
        int hi = weights.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (weights[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return leads.get(lo);
    }

    /** Start and due dates within the unit's life (a pre-reform task may run past the reform). */
    LocalDate[] dates(Unit u, SplittableRandom r) {
        LocalDate from = u.from.isAfter(EARLIEST) ? u.from : EARLIEST;
        LocalDate to = u.current() ? today.minusDays(20) : u.to.minusDays(30);
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        LocalDate start = from.plusDays(r.nextLong(span));
        LocalDate due = start.plusDays(30 + r.nextInt(r.nextInt(4) == 0 ? 700 : 300));
        return new LocalDate[] {start, due};
    }

    void bulk(Path dir, int tasks, long seed, long firstPerson, long lastPerson) throws IOException {
        Files.createDirectories(dir);
        try (Writer items = writer(dir.resolve("plan_item.csv"));
             Writer coordinators = writer(dir.resolve("plan_item_coordinator.csv"));
             Writer extensions = writer(dir.resolve("task_extension.csv"));
             Writer completions = writer(dir.resolve("task_completion.csv"));
             Writer products = writer(dir.resolve("product.csv"));
             Writer reports = writer(dir.resolve("progress_report.csv"))) {
            SplittableRandom r = new SplittableRandom(seed);
            long id = FIRST_ID;
            Map<Long, long[]> programmes = new HashMap<>();
            for (long province : byProvince.keySet().stream().sorted().toList()) {
                String pc = committee.get(province);
                if (pc == null) {
                    continue;
                }
                long root = id++;
                line(items, root, "QG.NQ" + province, "", "RESOLUTION", "Nghị quyết phát triển kinh tế - xã hội " + province,
                        pc, pc, "", EARLIEST, LocalDate.of(2030, 12, 31), "", province, null, null, null);
                long[] ps = new long[8];
                for (int k = 0; k < 8; k++) {
                    ps[k] = id++;
                    line(items, ps[k], "QG.CT" + province + "." + (k + 1), Long.toString(root), "PROGRAMME",
                            "Chương trình " + TOPICS[k] + " giai đoạn 2021-2030", pc, pc, "", EARLIEST,
                            LocalDate.of(2030, 12, 31), "", province, null, null, null);
                }
                programmes.put(province, ps);
            }
            long productId = FIRST_ID;
            long reportId = FIRST_ID;
            long parentTask = 0;
            Unit parentLead = null;
            LocalDate[] parentDates = null;
            for (int i = 0; i < tasks; i++) {
                long taskId = id++;
                boolean sub = i % 25 >= 1 && i % 25 <= 3 && parentLead != null;
                Unit lead = sub ? parentLead : pickLead(r);
                if (!programmes.containsKey(lead.province)) {
                    lead = leads.stream().filter(u -> programmes.containsKey(u.province)).findFirst().orElseThrow();
                }
                LocalDate[] d = sub ? parentDates : dates(lead, r);
                LocalDate start = d[0];
                LocalDate due = sub ? start.plusDays(20 + r.nextLong(Math.max(1, d[1].toEpochDay() - start.toEpochDay() - 19)))
                        : d[1];
                String code = "QG.T" + (taskId - FIRST_ID + 1);
                String parent = sub ? Long.toString(parentTask)
                        : Long.toString(programmes.get(lead.province)[r.nextInt(8)]);
                String assigner = committee.getOrDefault(lead.province, lead.code);
                String person = lastPerson > firstPerson && r.nextInt(10) < 6
                        ? Long.toString(firstPerson + r.nextLong(lastPerson - firstPerson + 1)) : "";
                // extensions
                LocalDate effective = due;
                LocalDate firstExtended = null;
                LocalDate lastExtended = null;
                int seq = 0;
                int e = r.nextInt(100);
                if (e < 14 && due.isAfter(start.plusDays(20))) {
                    int approved = e < 12 ? (e < 2 ? 2 : 1) : 0;
                    LocalDate asked = due.minusDays(10 + r.nextInt(10));
                    for (int k = 0; k < approved; k++) {
                        LocalDate next = effective.plusDays(30 + r.nextInt(90));
                        LocalDate decided = asked.plusDays(3 + r.nextInt(7));
                        ext(extensions, taskId, ++seq, next, asked, "APPROVED", decided);
                        firstExtended = firstExtended == null ? decided : firstExtended;
                        lastExtended = decided;
                        asked = next.minusDays(10 + r.nextInt(10));
                        effective = next;
                    }
                    if (e == 12 && !asked.isAfter(today)) {
                        ext(extensions, taskId, ++seq, effective.plusDays(60), asked, "REJECTED", asked.plusDays(5));
                    } else if (e == 13 && !asked.isAfter(today)) {
                        ext(extensions, taskId, ++seq, effective.plusDays(60), asked, "REQUESTED", null);
                    }
                }
                // completion
                LocalDate completed = null;
                int c = r.nextInt(100);
                boolean parentTaskNow = i % 25 == 0;
                if (!parentTaskNow) {
                    if (!effective.isAfter(today) ? c < 82 : c < 30) {
                        LocalDate when = c < 60 ? effective.minusDays(r.nextInt(40)) : effective.plusDays(1 + r.nextInt(60));
                        if (when.isBefore(start)) {
                            when = start;
                        }
                        if (!when.isAfter(today)) {
                            completed = when;
                        }
                    }
                    int cs = 0;
                    if (completed != null) {
                        if (r.nextInt(20) == 0) {
                            comp(completions, taskId, ++cs, completed.minusDays(5), "RETURNED", completed.minusDays(2));
                        }
                        comp(completions, taskId, ++cs, completed, "ACCEPTED", completed.plusDays(r.nextInt(5)));
                    } else if (r.nextInt(200) == 0 && !start.isAfter(today.minusDays(3))) {
                        comp(completions, taskId, ++cs, today.minusDays(2), "SUBMITTED", null);
                    }
                }
                line(items, taskId, code, parent, "TASK", title(r) + " năm " + due.getYear(), lead.code, assigner,
                        person, start, due, completed == null ? "" : completed.toString(), lead.province,
                        lastExtended == null ? null : effective, firstExtended, lastExtended);
                if (r.nextInt(10) < 3) {
                    List<Unit> same = byProvince.get(lead.province);
                    for (int k = 1 + r.nextInt(2); k > 0; k--) {
                        Unit co = same.get(r.nextInt(same.size()));
                        if (!co.code.equals(lead.code) && k == 1) {
                            coordinators.write(taskId + "," + co.code + "\n");
                        }
                    }
                }
                for (int k = r.nextInt(7); k > 0; k--) {
                    LocalDate expected = start.plusDays(r.nextLong(Math.max(1, effective.toEpochDay() - start.toEpochDay())));
                    boolean delivered = completed != null || expected.isBefore(today.minusDays(30)) && r.nextBoolean();
                    String acceptance = delivered && completed != null ? "ACCEPTED" : delivered && r.nextInt(8) == 0 ? "RETURNED" : "";
                    LocalDate deliveredOn = delivered ? min(expected.plusDays(r.nextInt(20)), today) : null;
                    products.write(productId++ + "," + taskId + ",\"" + PRODUCT_TITLES[k % PRODUCT_TITLES.length] + " "
                            + code + "\"," + PRODUCT_TYPES[r.nextInt(PRODUCT_TYPES.length)] + ",1," + expected + ","
                            + (deliveredOn == null ? "" : deliveredOn) + ",," + acceptance + ",,"
                            + (acceptance.isEmpty() ? "," : "bench," + deliveredOn + "T03:00:00Z") + ",0," + lead.province
                            + ",0,\n");
                }
                LocalDate month = start.withDayOfMonth(1);
                LocalDate end = completed != null ? completed : min(effective.plusMonths(2), today);
                for (int k = r.nextInt(5); k > 0 && month.isBefore(end); k--) {
                    month = month.plusMonths(1 + r.nextInt(2));
                    String period = "%04d-%02d".formatted(month.getYear(), month.getMonthValue());
                    reports.write(reportId++ + "," + taskId + "," + period + "," + lead.code + "," + Math.min(100, 15 * (5 - k))
                            + ",\"Đã triển khai các nội dung theo kế hoạch\",,,bench," + month.plusDays(3) + "T02:00:00Z,"
                            + lead.province + ",0\n");
                }
                if (parentTaskNow) {
                    parentTask = taskId;
                    parentLead = lead;
                    parentDates = new LocalDate[] {start, due};
                }
            }
        }
    }

    static final String[] PRODUCT_TITLES = {"Báo cáo kết quả", "Kế hoạch triển khai", "Quyết định phê duyệt",
        "Văn bản hướng dẫn", "Hội nghị sơ kết", "Biên bản nghiệm thu"};

    String title(SplittableRandom r) {
        return VERBS[r.nextInt(VERBS.length)] + " " + TOPICS[r.nextInt(TOPICS.length)];
    }

    void line(Writer w, long id, String code, String parent, String kind, String title, String lead, String assigner,
              String person, LocalDate start, LocalDate due, String completed, long province, LocalDate extendedDue,
              LocalDate firstExtended, LocalDate lastExtended) throws IOException {
        // id,code,parent_id,kind,title,description,search_key,source_document,lead_unit_code,assigner_unit_code,
        // owner_person_id,responsible_person_id,start_date,due_date,priority,indicator_codes,completed_on,province_id,
        // created_at,version,extended_due,first_extended_on,last_extended_on (the deadline columns PlanItem keeps)
        w.write(id + "," + code + "," + parent + "," + kind + ",\"" + title + "\",,\"" + fold(code + " " + title) + "\",,"
                + lead + "," + assigner + ",," + person + "," + start + "," + due + ",NORMAL,," + completed + ","
                + province + "," + start + "T01:00:00Z,0," + orEmpty(extendedDue) + "," + orEmpty(firstExtended) + ","
                + orEmpty(lastExtended) + "\n");
    }

    static String orEmpty(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static void ext(Writer w, long task, int seq, LocalDate newDue, LocalDate asked, String decision, LocalDate decided)
            throws IOException {
        w.write(task + "," + seq + "," + newDue + ",\"Vướng mặt bằng, kinh phí\",bench," + asked + "," + decision + ","
                + (decided == null ? ",," : "bench," + decided + ",") + "\n");
    }

    static void comp(Writer w, long task, int seq, LocalDate on, String decision, LocalDate decided) throws IOException {
        w.write(task + "," + seq + "," + on + ",,bench," + on + "," + decision + ","
                + (decided == null ? ",," : "bench," + decided + ",") + "\n");
    }

    void importFile(Path out, int rows, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Unit> current = leads.stream().filter(Unit::current).toList();
        try (Writer w = writer(out)) {
            w.write("code,parent_code,kind,title_vi,lead_unit_code,coordinating_unit_codes,source_document,start_date,"
                    + "due_date,completed_date,extended_due_date,responsible_username\n");
            int programmes = Math.min(200, Math.max(1, rows / 500));
            for (int p = 1; p <= programmes; p++) {
                Unit u = current.get(r.nextInt(current.size()));
                w.write("IMP" + p + ",,PROGRAMME,Chương trình " + TOPICS[p % TOPICS.length] + " " + p + "," + u.code
                        + ",,,2025-07-01,2030-12-31,,,\n");
            }
            String parentCode = null;
            for (int i = 0; i < rows - programmes; i++) {
                String code = "IMP" + (1 + i % programmes) + "." + (i + 1);
                boolean sub = i % 25 >= 1 && i % 25 <= 3;
                String parent = sub ? parentCode : "IMP" + (1 + i % programmes);
                Unit u = current.get(r.nextInt(current.size()));
                LocalDate start = REFORM.plusDays(r.nextInt(400));
                LocalDate due = start.plusDays(30 + r.nextInt(300));
                String completed = i % 25 != 0 && r.nextInt(10) < 3 && due.minusDays(10).isBefore(today)
                        ? due.minusDays(10).toString() : "";
                String extended = i % 25 != 0 && r.nextInt(10) == 0 ? due.plusDays(60).toString() : "";
                String coordinating = r.nextInt(10) < 3 ? current.get(r.nextInt(current.size())).code : "";
                w.write(code + "," + (parent == null ? "" : parent) + ",TASK,\"" + title(r) + " " + (i + 1) + "\"," + u.code
                        + "," + (coordinating.equals(u.code) ? "" : coordinating) + ",," + start + "," + due + ","
                        + completed + "," + extended + ",\n");
                if (i % 25 == 0) {
                    parentCode = code;
                }
            }
        }
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20);
    }

    /** As the application's TextFolding: lower case, no diacritics, đ as d, single spaces. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
                .replace('Đ', 'D');
        return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
