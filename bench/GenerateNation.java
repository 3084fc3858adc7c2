import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates a national-scale organisation in Mandate's import formats, for benchmarks.
 *
 * <pre>java bench/GenerateNation.java OUTDIR [seed] [people]</pre>
 *
 * Writes {@code org_units.csv}, {@code people.csv} and {@code reorganisations.csv}. Two layers:
 * <ul>
 * <li>before the 2025 reform (1997-01-01 .. 2025-06-30): the 63 old provinces, each with a Party
 *     Committee and its bodies, a People's Council, a People's Committee with ~24 departments (six of
 *     which merge into three on 2025-03-01, as in the demo province) and its districts (696 in all);</li>
 * <li>after it (from 2025-07-01): the 34 provinces of Resolution 202/2025/QH15, each with a Party
 *     Committee and 4–5 bodies, a People's Council, a People's Committee with 17–21 departments, the
 *     Fatherland Front, and 3,321 communes, wards and special zones directly under the province.</li>
 * </ul>
 * Province names and the old-to-new mapping are real; district, commune and people names are
 * generated. Codes never collide with the demo province (VP, PT, PT0, HB). Output is deterministic
 * for a seed (same seed, same bytes).
 */
public class GenerateNation {

    static final LocalDate OLD_FROM = LocalDate.of(1997, 1, 1);
    static final LocalDate DEPT_MERGE = LocalDate.of(2025, 3, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate OLD_TO = REFORM.minusDays(1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** New province: slug, Vietnamese name, city?, communes, predecessors (slug:Vietnamese name). */
    static final String[][] NEW_PROVINCES = {
        {"HANOI", "Hà Nội", "city", "126", "HANOI:Hà Nội"},
        {"HUE", "Huế", "city", "40", "THUATHIENHUE:Thừa Thiên Huế"},
        {"HAIPHONG", "Hải Phòng", "city", "114", "HAIPHONG:Hải Phòng:city", "HAIDUONG:Hải Dương"},
        {"DANANG", "Đà Nẵng", "city", "94", "DANANG:Đà Nẵng:city", "QUANGNAM:Quảng Nam"},
        {"HOCHIMINH", "Hồ Chí Minh", "city", "168", "HOCHIMINH:Hồ Chí Minh:city", "BINHDUONG:Bình Dương",
            "BARIAVUNGTAU:Bà Rịa - Vũng Tàu"},
        {"CANTHO", "Cần Thơ", "city", "103", "CANTHO:Cần Thơ:city", "SOCTRANG:Sóc Trăng", "HAUGIANG:Hậu Giang"},
        {"TUYENQUANG", "Tuyên Quang", "", "124", "TUYENQUANG:Tuyên Quang", "HAGIANG:Hà Giang"},
        {"CAOBANG", "Cao Bằng", "", "56", "CAOBANG:Cao Bằng"},
        {"LAICHAU", "Lai Châu", "", "38", "LAICHAU:Lai Châu"},
        {"LAOCAI", "Lào Cai", "", "99", "LAOCAI:Lào Cai", "YENBAI:Yên Bái"},
        {"THAINGUYEN", "Thái Nguyên", "", "92", "THAINGUYEN:Thái Nguyên", "BACKAN:Bắc Kạn"},
        {"DIENBIEN", "Điện Biên", "", "45", "DIENBIEN:Điện Biên"},
        {"LANGSON", "Lạng Sơn", "", "65", "LANGSON:Lạng Sơn"},
        {"SONLA", "Sơn La", "", "75", "SONLA:Sơn La"},
        {"PHUTHO", "Phú Thọ", "", "148", "PHUTHO:Phú Thọ", "VINHPHUC:Vĩnh Phúc", "HOABINH:Hòa Bình"},
        {"BACNINH", "Bắc Ninh", "", "99", "BACNINH:Bắc Ninh", "BACGIANG:Bắc Giang"},
        {"QUANGNINH", "Quảng Ninh", "", "54", "QUANGNINH:Quảng Ninh"},
        {"HUNGYEN", "Hưng Yên", "", "104", "HUNGYEN:Hưng Yên", "THAIBINH:Thái Bình"},
        {"NINHBINH", "Ninh Bình", "", "129", "NINHBINH:Ninh Bình", "HANAM:Hà Nam", "NAMDINH:Nam Định"},
        {"THANHHOA", "Thanh Hóa", "", "166", "THANHHOA:Thanh Hóa"},
        {"NGHEAN", "Nghệ An", "", "130", "NGHEAN:Nghệ An"},
        {"HATINH", "Hà Tĩnh", "", "69", "HATINH:Hà Tĩnh"},
        {"QUANGTRI", "Quảng Trị", "", "78", "QUANGTRI:Quảng Trị", "QUANGBINH:Quảng Bình"},
        {"QUANGNGAI", "Quảng Ngãi", "", "96", "QUANGNGAI:Quảng Ngãi", "KONTUM:Kon Tum"},
        {"GIALAI", "Gia Lai", "", "135", "GIALAI:Gia Lai", "BINHDINH:Bình Định"},
        {"KHANHHOA", "Khánh Hòa", "", "65", "KHANHHOA:Khánh Hòa", "NINHTHUAN:Ninh Thuận"},
        {"LAMDONG", "Lâm Đồng", "", "124", "LAMDONG:Lâm Đồng", "DAKNONG:Đắk Nông", "BINHTHUAN:Bình Thuận"},
        {"DAKLAK", "Đắk Lắk", "", "102", "DAKLAK:Đắk Lắk", "PHUYEN:Phú Yên"},
        {"DONGNAI", "Đồng Nai", "", "95", "DONGNAI:Đồng Nai", "BINHPHUOC:Bình Phước"},
        {"TAYNINH", "Tây Ninh", "", "96", "TAYNINH:Tây Ninh", "LONGAN:Long An"},
        {"VINHLONG", "Vĩnh Long", "", "124", "VINHLONG:Vĩnh Long", "BENTRE:Bến Tre", "TRAVINH:Trà Vinh"},
        {"DONGTHAP", "Đồng Tháp", "", "102", "DONGTHAP:Đồng Tháp", "TIENGIANG:Tiền Giang"},
        {"CAMAU", "Cà Mau", "", "64", "CAMAU:Cà Mau", "BACLIEU:Bạc Liêu"},
        {"ANGIANG", "An Giang", "", "102", "ANGIANG:An Giang", "KIENGIANG:Kiên Giang"},
    };

    /** The 13 special zones (đặc khu) that replaced island districts on 2025-07-01. */
    static final Map<String, List<String>> SPECIAL_ZONES = Map.of(
        "QUANGNINH", List.of("Vân Đồn", "Cô Tô"),
        "HAIPHONG", List.of("Cát Hải", "Bạch Long Vĩ"),
        "QUANGTRI", List.of("Cồn Cỏ"),
        "DANANG", List.of("Hoàng Sa"),
        "QUANGNGAI", List.of("Lý Sơn"),
        "KHANHHOA", List.of("Trường Sa"),
        "LAMDONG", List.of("Phú Quý"),
        "HOCHIMINH", List.of("Côn Đảo"),
        "ANGIANG", List.of("Phú Quốc", "Kiên Hải", "Thổ Châu"));

    static final int OLD_DISTRICTS = 696;
    static final int WARDS = 687;

    /** Department: code suffix, Vietnamese, English. */
    static final String[][] NEW_DEPARTMENTS = {
        {"VPUB", "Văn phòng UBND", "People's Committee Office"},
        {"SNV", "Sở Nội vụ", "Department of Home Affairs"},
        {"STP", "Sở Tư pháp", "Department of Justice"},
        {"STC", "Sở Tài chính", "Department of Finance"},
        {"SCT", "Sở Công Thương", "Department of Industry and Trade"},
        {"SNNMT", "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment"},
        {"SXD", "Sở Xây dựng", "Department of Construction"},
        {"SKHCN", "Sở Khoa học và Công nghệ", "Department of Science and Technology"},
        {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism"},
        {"SGDDT", "Sở Giáo dục và Đào tạo", "Department of Education and Training"},
        {"SYT", "Sở Y tế", "Department of Health"},
        {"TTRA", "Thanh tra tỉnh", "Provincial Inspectorate"},
        {"SDTTG", "Sở Dân tộc và Tôn giáo", "Department of Ethnic and Religious Affairs"},
        {"CA", "Công an tỉnh", "Provincial Police"},
        {"BCHQS", "Bộ Chỉ huy Quân sự tỉnh", "Provincial Military Command"},
        {"BQLKCN", "Ban Quản lý các khu công nghiệp", "Industrial Zones Authority"},
        {"DPTTH", "Đài Phát thanh và Truyền hình", "Radio and Television"},
        {"TKE", "Thống kê tỉnh", "Provincial Statistics Office"},
        {"SNGV", "Sở Ngoại vụ", "Department of Foreign Affairs"},
        {"BQLDA", "Ban Quản lý dự án đầu tư xây dựng", "Construction Investment Project Board"},
        {"BQLKKT", "Ban Quản lý Khu kinh tế", "Economic Zone Authority"},
    };
    /** The first 17 exist in every new province; the rest in some. */
    static final int CORE_NEW_DEPARTMENTS = 17;

    /** Old departments: suffix, Vietnamese, English, merged-into suffix (or "") on 2025-03-01. */
    static final String[][] OLD_DEPARTMENTS = {
        {"VPUB", "Văn phòng UBND", "People's Committee Office", ""},
        {"SNV", "Sở Nội vụ", "Department of Home Affairs", ""},
        {"STP", "Sở Tư pháp", "Department of Justice", ""},
        {"SKHDT", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", "STC"},
        {"STC", "Sở Tài chính", "Department of Finance", ""},
        {"SCT", "Sở Công Thương", "Department of Industry and Trade", ""},
        {"SNN", "Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development", "SNNMT"},
        {"STNMT", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment", "SNNMT"},
        {"SGTVT", "Sở Giao thông vận tải", "Department of Transport", "SXD"},
        {"SXD", "Sở Xây dựng", "Department of Construction", ""},
        {"STTTT", "Sở Thông tin và Truyền thông", "Department of Information and Communications", "SKHCN"},
        {"SKHCN", "Sở Khoa học và Công nghệ", "Department of Science and Technology", ""},
        {"SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs", "SNV"},
        {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", ""},
        {"SGDDT", "Sở Giáo dục và Đào tạo", "Department of Education and Training", ""},
        {"SYT", "Sở Y tế", "Department of Health", ""},
        {"TTRA", "Thanh tra tỉnh", "Provincial Inspectorate", ""},
        {"BDT", "Ban Dân tộc tỉnh", "Ethnic Affairs Committee", ""},
        {"BQLKCN", "Ban Quản lý các khu công nghiệp", "Industrial Zones Authority", ""},
        {"CA", "Công an tỉnh", "Provincial Police", ""},
        {"BCHQS", "Bộ Chỉ huy Quân sự tỉnh", "Provincial Military Command", ""},
        {"DPTTH", "Đài Phát thanh và Truyền hình tỉnh", "Provincial Radio and Television", ""},
        {"CTK", "Cục Thống kê tỉnh", "Provincial Statistics Office", ""},
        {"SNGV", "Sở Ngoại vụ", "Department of Foreign Affairs", ""},
    };
    /** Departments opened on 2025-03-01 by the department mergers. */
    static final String[][] MERGED_DEPARTMENTS = {
        {"SNNMT", "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment"},
    };

    static final String[][] OLD_PARTY_BODIES = {
        {"VP", "Văn phòng", "Party Committee Office"},
        {"BTC", "Ban Tổ chức", "Organisation Commission"},
        {"UBKT", "Ủy ban Kiểm tra", "Inspection Committee"},
        {"BTG", "Ban Tuyên giáo", "Propaganda and Education Commission"},
        {"BDV", "Ban Dân vận", "Mass Mobilisation Commission"},
        {"BNC", "Ban Nội chính", "Internal Affairs Commission"},
    };
    static final String[][] NEW_PARTY_BODIES = {
        {"VP", "Văn phòng", "Party Committee Office"},
        {"BTC", "Ban Tổ chức", "Organisation Commission"},
        {"UBKT", "Ủy ban Kiểm tra", "Inspection Committee"},
        {"BTGDV", "Ban Tuyên giáo và Dân vận", "Propaganda and Mass Mobilisation Commission"},
        {"BNC", "Ban Nội chính", "Internal Affairs Commission"},
    };

    /** Syllables for generated place names (common in real Vietnamese place names). */
    static final String[] PLACE = {
        "An", "Bình", "Phú", "Tân", "Hòa", "Thạnh", "Long", "Phước", "Đông", "Tây", "Nam", "Bắc", "Trung", "Hưng",
        "Thịnh", "Xuân", "Lộc", "Thuận", "Mỹ", "Vĩnh", "Quang", "Minh", "Sơn", "Hải", "Thanh", "Hồng", "Đức",
        "Nghĩa", "Yên", "Cẩm", "Kim", "Ngọc", "Lạc", "Tiến", "Thắng", "Lợi", "Hiệp", "Định", "Khánh", "Thái",
        "Hà", "Lâm", "Tường", "Phong", "Hội", "Thủy", "Liên", "Châu", "Gia", "Hiếu", "Cát", "Trà", "Lạng",
        "Diên", "Đại", "Quảng", "Tam", "Hoằng", "Triệu", "Vạn", "Ninh", "Thọ", "Khê", "Hoàng", "Kỳ", "Đồng",
        "Lương", "Cường", "Sa", "Mai", "Trường", "Quý", "Hạnh", "Hậu", "Lãng", "Tuy", "Chiêm", "Dương", "Uyên",
    };

    static final String[][] FAMILY = {
        {"Nguyễn", "380"}, {"Trần", "110"}, {"Lê", "95"}, {"Phạm", "70"}, {"Hoàng", "30"}, {"Huỳnh", "21"},
        {"Phan", "45"}, {"Vũ", "22"}, {"Võ", "17"}, {"Đặng", "21"}, {"Bùi", "20"}, {"Đỗ", "14"}, {"Hồ", "13"},
        {"Ngô", "13"}, {"Dương", "10"}, {"Lý", "5"}, {"Đinh", "6"}, {"Trương", "6"}, {"Lương", "4"},
        {"Mai", "4"}, {"Lâm", "3"}, {"Cao", "3"}, {"Hà", "3"}, {"Tạ", "2"}, {"Chu", "2"}, {"Kiều", "1"},
        {"Triệu", "2"}, {"Đoàn", "4"}, {"Quách", "1"}, {"Thái", "1"}, {"Lò", "1"}, {"Nông", "1"},
    };
    static final String[] MIDDLE_M = {"Văn", "Văn", "Văn", "Đức", "Hữu", "Quang", "Minh", "Công", "Thanh", "Xuân",
        "Ngọc", "Anh", "Trọng", "Đình", "Việt", "Mạnh", "Tiến", "Hoàng", "Quốc", "Thế"};
    static final String[] MIDDLE_F = {"Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Phương",
        "Kim", "Bích", "Thúy", "Mai", "Hải", "Diệu", "Khánh", "Lan"};
    static final String[] GIVEN_M = {"Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Long", "Quân", "Sơn", "Thắng",
        "Cường", "Hưng", "Khánh", "Phong", "Trung", "Hiếu", "Đạt", "Bình", "Thành", "Tùng", "Việt", "Huy",
        "Lâm", "Tâm", "Toàn", "Vinh", "Hoàng", "Phúc", "Quang", "Tiến", "Kiên", "Minh", "Đức", "Thịnh",
        "Nghĩa", "Lộc", "Tài", "Hòa", "An", "Chiến", "Định", "Giang", "Hậu", "Khoa", "Lực", "Sang", "Thái"};
    static final String[] GIVEN_F = {"Lan", "Hương", "Hoa", "Mai", "Linh", "Trang", "Thảo", "Hà", "Nga", "Hằng",
        "Huyền", "Thủy", "Yến", "Ngọc", "Phương", "Dung", "Nhung", "Vân", "Loan", "Oanh", "Thu", "Hạnh",
        "Giang", "Anh", "Quyên", "Tâm", "Chi", "Hiền", "Nhàn", "Liên", "Duyên", "Ly", "Trinh", "My", "Thư",
        "Uyên", "Vy", "Xuân", "Hồng", "Tuyết"};

    record Unit(String code, String nameVi, String nameEn, String type, String parent, LocalDate from,
                LocalDate to, String note, String province, String kind) {
    }

    record Reorg(LocalDate date, String kind, List<String> from, List<String> to, String note) {
    }

    final Random random;
    final List<Unit> units = new ArrayList<>();
    final List<Reorg> reorgs = new ArrayList<>();
    /** Old province slugs feeding each new province slug. */
    final Map<String, List<String>> predecessors = new LinkedHashMap<>();
    final Map<String, Unit> byCode = new LinkedHashMap<>();

    GenerateNation(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/GenerateNation.java OUTDIR [seed] [people]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2025L;
        int people = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Files.createDirectories(out);
        GenerateNation g = new GenerateNation(seed);
        g.oldLayer();
        g.newLayer();
        g.writeUnits(out.resolve("org_units.csv"));
        g.writeReorganisations(out.resolve("reorganisations.csv"));
        int[] rows = g.writePeople(out.resolve("people.csv"), people);
        long communes = g.units.stream().filter(u -> u.type.equals("COMMUNE")).count();
        long districts = g.units.stream().filter(u -> u.type.equals("DISTRICT")).count();
        long departments = g.units.stream().filter(u -> u.type.equals("DEPARTMENT")).count();
        System.out.printf(Locale.ROOT, "org_units.csv: %d units (%d communes, %d districts, %d departments)%n",
                g.units.size(), communes, districts, departments);
        System.out.printf(Locale.ROOT, "people.csv: %d people, %d positions%n", rows[0], rows[1]);
        System.out.printf(Locale.ROOT, "reorganisations.csv: %d events%n", g.reorgs.size());
    }

    // ---------------------------------------------------------------- units

    void add(String code, String nameVi, String nameEn, String type, String parent, LocalDate from, LocalDate to,
             String note, String province, String kind) {
        Unit u = new Unit(code, nameVi, nameEn, type, parent, from, to, note, province, kind);
        if (byCode.put(code, u) != null) {
            throw new IllegalStateException("duplicate code " + code);
        }
        units.add(u);
    }

    void oldLayer() {
        List<String[]> olds = new ArrayList<>();
        for (String[] p : NEW_PROVINCES) {
            List<String> slugs = new ArrayList<>();
            for (int i = 4; i < p.length; i++) {
                String[] parts = p[i].split(":");
                boolean city = parts.length > 2 || parts[0].equals("HANOI"); // Huế became a city only in 2025
                olds.add(new String[] {parts[0], parts[1], city ? "city" : ""});
                slugs.add(parts[0] + "1997");
            }
            predecessors.put(p[0], slugs);
        }
        int[] districts = districtCounts(olds);
        for (int i = 0; i < olds.size(); i++) {
            String[] o = olds.get(i);
            boolean city = o[2].equals("city");
            String code = o[0] + "1997";
            String vi = (city ? "Thành phố " : "Tỉnh ") + o[1];
            String en = ascii(o[1]) + (city ? " City" : " Province");
            add(code, vi, en, "PROVINCE", "", OLD_FROM, OLD_TO, "before the 2025 reform", code, "province");
            String committee = city ? "Thành ủy " : "Tỉnh ủy ";
            add(code + ".TU", committee + o[1], en + " Party Committee", "PARTY_COMMITTEE", code, OLD_FROM, OLD_TO,
                    "", code, "party");
            for (String[] b : OLD_PARTY_BODIES) {
                boolean merged = b[0].equals("BTG") || b[0].equals("BDV");
                add(code + ".TU." + b[0], b[1] + " " + committee.trim(),
                        b[2], "PARTY_BODY", code + ".TU", OLD_FROM, merged ? DEPT_MERGE.minusDays(1) : OLD_TO,
                        merged ? "merged 2025-03-01" : "", code, "partybody");
            }
            add(code + ".TU.BTGDV", "Ban Tuyên giáo và Dân vận " + committee.trim(),
                    "Propaganda and Mass Mobilisation Commission", "PARTY_BODY", code + ".TU", DEPT_MERGE, OLD_TO,
                    "", code, "partybody");
            reorgs.add(new Reorg(DEPT_MERGE, "MERGE", List.of(code + ".TU.BTG", code + ".TU.BDV"),
                    List.of(code + ".TU.BTGDV"), "Party commissions merged"));
            add(code + ".HDND", "Hội đồng nhân dân " + (city ? "thành phố " : "tỉnh ") + o[1],
                    en + " People's Council", "PEOPLES_COUNCIL", code, OLD_FROM, OLD_TO, "", code, "council");
            add(code + ".UBND", "Ủy ban nhân dân " + (city ? "thành phố " : "tỉnh ") + o[1],
                    en + " People's Committee", "PEOPLES_COMMITTEE", code, OLD_FROM, OLD_TO, "", code, "committee");
            Map<String, List<String>> merges = new LinkedHashMap<>();
            for (String[] d : OLD_DEPARTMENTS) {
                boolean mergedAway = !d[3].isEmpty();
                add(code + "." + d[0], d[1], d[2], "DEPARTMENT", code + ".UBND", OLD_FROM,
                        mergedAway ? DEPT_MERGE.minusDays(1) : OLD_TO, mergedAway ? "merged 2025-03-01" : "", code,
                        "department");
                if (mergedAway) {
                    merges.computeIfAbsent(d[3], k -> new ArrayList<>()).add(code + "." + d[0]);
                }
            }
            for (String[] d : MERGED_DEPARTMENTS) {
                add(code + "." + d[0], d[1], d[2], "DEPARTMENT", code + ".UBND", DEPT_MERGE, OLD_TO, "", code,
                        "department");
            }
            for (Map.Entry<String, List<String>> m : merges.entrySet()) {
                List<String> from = new ArrayList<>(m.getValue());
                String target = code + "." + m.getKey();
                if (!from.contains(target) && byCode.get(target).from.isBefore(DEPT_MERGE)) {
                    from.add(target); // merged into an existing department, which continues
                }
                reorgs.add(new Reorg(DEPT_MERGE, "MERGE", from, List.of(target), "departments merged"));
            }
            Set<String> names = new LinkedHashSet<>();
            for (int d = 1; d <= districts[i]; d++) {
                String name = uniqueName(names);
                String[] kind = d == 1 && !city ? new String[] {"Thành phố ", " City"}
                        : city && d <= districts[i] / 2 ? new String[] {"Quận ", " Urban District"}
                        : random.nextInt(8) == 0 ? new String[] {"Thị xã ", " Town"}
                        : new String[] {"Huyện ", " District"};
                LocalDate from = random.nextInt(10) == 0 ? date(2003, 2020) : OLD_FROM;
                add(String.format(Locale.ROOT, "%s.D%02d", code, d), kind[0] + name, ascii(name) + kind[1],
                        "DISTRICT", code, from, OLD_TO, "", code, "district");
            }
        }
    }

    int[] districtCounts(List<String[]> olds) {
        int[] counts = new int[olds.size()];
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            String slug = olds.get(i)[0];
            counts[i] = switch (slug) {
                case "HANOI" -> 30;
                case "HOCHIMINH" -> 22;
                case "THANHHOA" -> 26;
                case "NGHEAN" -> 21;
                default -> 7 + random.nextInt(7);
            };
            sum += counts[i];
        }
        while (sum != OLD_DISTRICTS) {
            int i = random.nextInt(counts.length);
            if (sum < OLD_DISTRICTS && counts[i] < 16) {
                counts[i]++;
                sum++;
            } else if (sum > OLD_DISTRICTS && counts[i] > 6) {
                counts[i]--;
                sum--;
            }
        }
        return counts;
    }

    void newLayer() {
        int wardsPlanned = 0;
        int[] wards = new int[NEW_PROVINCES.length];
        for (int i = 0; i < NEW_PROVINCES.length; i++) {
            String[] p = NEW_PROVINCES[i];
            int n = Integer.parseInt(p[3]);
            wards[i] = (int) Math.round(n * (p[2].equals("city") ? 0.55 : 0.15));
            wardsPlanned += wards[i];
        }
        wards[4] += WARDS - wardsPlanned; // Hồ Chí Minh takes the rounding
        for (int i = 0; i < NEW_PROVINCES.length; i++) {
            String[] p = NEW_PROVINCES[i];
            boolean city = p[2].equals("city");
            String code = p[0];
            String en = ascii(p[1]) + (city ? " City" : " Province");
            String where = city ? "thành phố " : "tỉnh ";
            List<String> olds = predecessors.get(code);
            add(code, (city ? "Thành phố " : "Tỉnh ") + p[1], en, "PROVINCE", "", REFORM, null,
                    olds.size() > 1 ? "merged from " + String.join("; ", olds) : "reorganised 2025-07-01", code,
                    "province");
            reorgs.add(new Reorg(REFORM, "MERGE", olds, List.of(code),
                    olds.size() > 1 ? olds.size() + " provinces merged" : "province reorganised (two-tier government)"));
            String committee = (city ? "Thành ủy " : "Tỉnh ủy ");
            add(code + ".TU", committee + p[1], en + " Party Committee", "PARTY_COMMITTEE", code, REFORM, null, "",
                    code, "party");
            reorgs.add(new Reorg(REFORM, "MERGE", olds.stream().map(o -> o + ".TU").toList(), List.of(code + ".TU"),
                    "Party committees merged"));
            int bodies = 4 + random.nextInt(2);
            for (int b = 0; b < bodies; b++) {
                String[] body = NEW_PARTY_BODIES[b];
                add(code + ".TU." + body[0], body[1] + " " + committee.trim(), body[2], "PARTY_BODY", code + ".TU",
                        REFORM, null, "", code, "partybody");
            }
            add(code + ".HDND", "Hội đồng nhân dân " + where + p[1], en + " People's Council", "PEOPLES_COUNCIL",
                    code, REFORM, null, "", code, "council");
            add(code + ".UBND", "Ủy ban nhân dân " + where + p[1], en + " People's Committee", "PEOPLES_COMMITTEE",
                    code, REFORM, null, "", code, "committee");
            reorgs.add(new Reorg(REFORM, "MERGE", olds.stream().map(o -> o + ".UBND").toList(),
                    List.of(code + ".UBND"), "People's Committees merged"));
            int departments = CORE_NEW_DEPARTMENTS + random.nextInt(NEW_DEPARTMENTS.length - CORE_NEW_DEPARTMENTS + 1);
            for (int d = 0; d < departments; d++) {
                String[] dep = NEW_DEPARTMENTS[d];
                add(code + "." + dep[0], dep[1], dep[2], "DEPARTMENT", code + ".UBND", REFORM, null, "", code,
                        "department");
                List<String> from = olds.stream().map(o -> o + "." + dep[0]).filter(byCode::containsKey).toList();
                if (!from.isEmpty()) {
                    reorgs.add(new Reorg(REFORM, "MERGE", from, List.of(code + "." + dep[0]), "departments merged"));
                }
            }
            add(code + ".MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam " + where + p[1],
                    en + " Fatherland Front Committee", "MASS_ORGANISATION", code, REFORM, null, "", code, "front");
            int n = Integer.parseInt(p[3]);
            List<String> zones = SPECIAL_ZONES.getOrDefault(code, List.of());
            List<String> communeCodes = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>(zones);
            int x = 0;
            int w = 0;
            for (int c = 0; c < n; c++) {
                String cc;
                String vi;
                String cen;
                if (c < zones.size()) {
                    cc = String.format(Locale.ROOT, "%s.DK%02d", code, c + 1);
                    vi = "Đặc khu " + zones.get(c);
                    cen = ascii(zones.get(c)) + " Special Zone";
                } else if (c - zones.size() < wards[i]) {
                    String name = uniqueName(names);
                    cc = String.format(Locale.ROOT, "%s.P%03d", code, ++w);
                    vi = "Phường " + name;
                    cen = ascii(name) + " Ward";
                } else {
                    String name = uniqueName(names);
                    cc = String.format(Locale.ROOT, "%s.X%03d", code, ++x);
                    vi = "Xã " + name;
                    cen = ascii(name) + " Commune";
                }
                add(cc, vi, cen, "COMMUNE", code, REFORM, null, "", code, "commune");
                communeCodes.add(cc);
            }
            // each abolished district hands its area to a few of the new communes
            List<String> oldDistricts = units.stream().filter(u -> u.type.equals("DISTRICT") && olds.contains(u.province))
                    .map(Unit::code).toList();
            int per = Math.max(1, communeCodes.size() / Math.max(1, oldDistricts.size()));
            for (int d = 0; d < oldDistricts.size(); d++) {
                int start = Math.min(d * per, communeCodes.size() - 1);
                int end = d == oldDistricts.size() - 1 ? communeCodes.size() : Math.min(communeCodes.size(), start + per);
                reorgs.add(new Reorg(REFORM, "TRANSFER", List.of(oldDistricts.get(d)),
                        communeCodes.subList(start, Math.max(end, start + 1)), "district abolished"));
            }
        }
    }

    String uniqueName(Set<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String a = PLACE[random.nextInt(PLACE.length)];
            String b = PLACE[random.nextInt(PLACE.length)];
            String name = a.equals(b) ? a : a + " " + b;
            if (attempt > 50) {
                name = name + " " + (attempt - 49);
            }
            if (taken.add(name)) {
                return name;
            }
        }
    }

    // ---------------------------------------------------------------- people

    int[] writePeople(Path file, int count) throws IOException {
        List<Unit> current = units.stream().filter(u -> u.to == null && !u.type.equals("PROVINCE")).toList();
        double[] cumulative = new double[current.size()];
        double total = 0;
        for (int i = 0; i < current.size(); i++) {
            total += weight(current.get(i));
            cumulative[i] = total;
        }
        Map<String, List<Unit>> oldByProvinceKind = new LinkedHashMap<>();
        for (Unit u : units) {
            if (u.to != null && !u.type.equals("PROVINCE")) {
                oldByProvinceKind.computeIfAbsent(u.province + "|" + u.kind, k -> new ArrayList<>()).add(u);
            }
        }
        Set<String> headed = new LinkedHashSet<>();
        int positions = 0;
        try (PrintWriter w = writer(file)) {
            w.println("person_code,full_name,date_of_birth,unit_code,title,head_of_unit,committees,from_date,to_date");
            for (int n = 1; n <= count; n++) {
                String code = String.format(Locale.ROOT, "QG%06d", n);
                boolean male = random.nextInt(100) < 58;
                String name = pickFamily() + " " + (male ? pick(MIDDLE_M) : pick(MIDDLE_F)) + " "
                        + (male ? pick(GIVEN_M) : pick(GIVEN_F));
                if (random.nextInt(10) == 0) { // some have two given names: Nguyễn Thị Thu Hương
                    name = name + " " + (male ? pick(GIVEN_M) : pick(GIVEN_F));
                }
                Unit now = current.get(search(cumulative, random.nextDouble() * total));
                LocalDate born = headed.contains(now.code) ? date(1962, 2001) : date(1962, 1981); // heads are older
                String dob = random.nextInt(30) == 0 ? "" : born.toString();
                LocalDate earliest = born.plusYears(22);
                int kind = random.nextInt(100);
                if (kind < 8) { // left before the reform: one position in the old tree only
                    Unit old = oldFor(now, oldByProvinceKind);
                    LocalDate to = max(date(2019, 2025).withDayOfMonth(1).minusDays(1), old.from.plusDays(1));
                    to = min(to, old.to);
                    LocalDate from = clamp(max(earliest, to.minusYears(2 + random.nextInt(12))), old.from, to);
                    positions += row(w, code, name, dob, old, headed, from, to);
                    continue;
                }
                LocalDate from;
                if (kind < 60) { // moved from a predecessor unit into the new tree on the reform date
                    Unit old = oldFor(now, oldByProvinceKind);
                    LocalDate oldTo = old.to;
                    LocalDate oldFrom = clamp(max(earliest, date(2005, 2024)), old.from, oldTo);
                    positions += row(w, code, name, dob, old, headed, oldFrom, oldTo);
                    from = REFORM;
                } else if (kind < 85) {
                    from = REFORM;
                } else { // appointed later
                    from = date(2025, 2026);
                    from = from.isBefore(REFORM) ? REFORM.plusDays(random.nextInt(120)) : min(from, TODAY);
                }
                LocalDate to = random.nextInt(25) == 0 ? min(from.plusDays(30 + random.nextInt(400)), TODAY) : null;
                positions += row(w, code, name, dob, now, headed, from, to);
            }
        }
        return new int[] {count, positions};
    }

    /** A unit of the old tree that the person plausibly came from, valid on the day before its end. */
    Unit oldFor(Unit now, Map<String, List<Unit>> oldByProvinceKind) {
        List<String> olds = predecessors.get(now.province);
        String province = olds.get(random.nextInt(olds.size()));
        String kind = switch (now.kind) {
            case "commune" -> "district";
            case "front" -> "department";
            default -> now.kind;
        };
        List<Unit> candidates = oldByProvinceKind.get(province + "|" + kind);
        String suffix = now.code.substring(now.code.indexOf('.'));
        Unit same = byCode.get(province + suffix);
        if (same != null && same.to != null && random.nextInt(3) > 0) {
            return same;
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    int row(PrintWriter w, String code, String name, String dob, Unit unit, Set<String> headed, LocalDate from,
            LocalDate to) {
        boolean head = headed.add(unit.code);
        String[] titles = titles(unit);
        String title = head ? titles[0] : titles[1 + random.nextInt(titles.length - 1)];
        String committees = "";
        if (unit.kind.equals("party")) {
            committees = head ? "EXECUTIVE_COMMITTEE;STANDING_COMMITTEE;STANDING_BOARD"
                    : random.nextInt(4) == 0 ? "EXECUTIVE_COMMITTEE;STANDING_COMMITTEE" : "EXECUTIVE_COMMITTEE";
        } else if (head && (unit.kind.equals("partybody") || unit.kind.equals("council")
                || unit.kind.equals("committee") || unit.kind.equals("front"))) {
            committees = unit.code.endsWith(".UBKT") ? "EXECUTIVE_COMMITTEE;INSPECTION_COMMITTEE;STANDING_COMMITTEE"
                    : "EXECUTIVE_COMMITTEE;STANDING_COMMITTEE";
        } else if (head && unit.kind.equals("department") && random.nextBoolean()) {
            committees = "EXECUTIVE_COMMITTEE";
        }
        w.println(String.join(",", code, csv(name), dob, unit.code, csv(title), head ? "true" : "false",
                committees, from.toString(), to == null ? "" : to.toString()));
        return 1;
    }

    static String[] titles(Unit u) {
        String level = u.nameVi.contains("thành phố") || u.code.matches("(HANOI|HUE|HAIPHONG|DANANG|HOCHIMINH|CANTHO).*")
                ? "thành phố" : "tỉnh";
        return switch (u.kind) {
            case "party" -> new String[] {"Bí thư", "Phó Bí thư", "Ủy viên Ban Thường vụ", "Ủy viên Ban Chấp hành"};
            case "partybody" -> u.code.endsWith(".VP")
                    ? new String[] {"Chánh Văn phòng", "Phó Chánh Văn phòng", "Trưởng phòng", "Chuyên viên"}
                    : u.code.endsWith(".UBKT")
                    ? new String[] {"Chủ nhiệm", "Phó Chủ nhiệm", "Ủy viên", "Kiểm tra viên"}
                    : new String[] {"Trưởng ban", "Phó Trưởng ban", "Trưởng phòng", "Chuyên viên", "Chuyên viên chính"};
            case "council" -> new String[] {"Chủ tịch HĐND " + level, "Phó Chủ tịch HĐND " + level, "Trưởng ban HĐND",
                "Đại biểu HĐND " + level, "Chuyên viên"};
            case "committee" -> new String[] {"Chủ tịch UBND " + level, "Phó Chủ tịch UBND " + level,
                "Ủy viên UBND " + level};
            case "department" -> new String[] {"Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Phó Trưởng phòng",
                "Chuyên viên chính", "Chuyên viên", "Chuyên viên", "Chuyên viên", "Cán sự"};
            case "district" -> new String[] {"Chủ tịch UBND", "Phó Chủ tịch UBND", "Trưởng phòng", "Phó Trưởng phòng",
                "Chuyên viên", "Chuyên viên", "Cán sự"};
            case "commune" -> new String[] {"Chủ tịch UBND", "Phó Chủ tịch UBND", "Công chức Văn phòng - Thống kê",
                "Công chức Tài chính - Kế toán", "Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng",
                "Công chức Văn hóa - Xã hội", "Chuyên viên", "Chuyên viên"};
            case "front" -> new String[] {"Chủ tịch", "Phó Chủ tịch", "Ủy viên Ban Thường trực", "Chuyên viên"};
            default -> new String[] {"Trưởng đơn vị", "Chuyên viên"};
        };
    }

    static double weight(Unit u) {
        return switch (u.kind) {
            case "commune" -> 14;      // ~46,000 commune officials
            case "department" -> 40;   // ~27,000 in provincial departments
            case "partybody" -> 35;
            case "party" -> 25;
            case "council" -> 20;
            case "committee" -> 15;
            case "front" -> 20;
            default -> 5;
        };
    }

    // ---------------------------------------------------------------- output

    void writeUnits(Path file) throws IOException {
        try (PrintWriter w = writer(file)) {
            w.println("code,name_vi,name_en,type,parent_code,valid_from,valid_to,note");
            for (Unit u : units) {
                w.println(String.join(",", u.code, csv(u.nameVi), csv(u.nameEn), u.type, u.parent, u.from.toString(),
                        u.to == null ? "" : u.to.toString(), csv(u.note)));
            }
        }
    }

    void writeReorganisations(Path file) throws IOException {
        List<Reorg> sorted = new ArrayList<>(reorgs);
        sorted.sort((a, b) -> a.date.compareTo(b.date)); // stable: keeps generation order within a date
        try (PrintWriter w = writer(file)) {
            w.println("effective_date,kind,from_codes,to_codes,note");
            for (Reorg r : sorted) {
                w.println(String.join(",", r.date.toString(), r.kind, String.join(";", r.from), String.join(";", r.to),
                        csv(r.note)));
            }
        }
    }

    static PrintWriter writer(Path file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** "Vĩnh Phúc" → "Vinh Phuc". */
    static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
                .replace('Đ', 'D');
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    String pickFamily() {
        int total = 0;
        for (String[] f : FAMILY) {
            total += Integer.parseInt(f[1]);
        }
        int r = random.nextInt(total);
        for (String[] f : FAMILY) {
            r -= Integer.parseInt(f[1]);
            if (r < 0) {
                return f[0];
            }
        }
        return FAMILY[0][0];
    }

    static int search(double[] cumulative, double x) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A random day in [Jan 1 of fromYear, Dec 31 of toYear]. */
    LocalDate date(int fromYear, int toYear) {
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        long days = LocalDate.of(toYear, 12, 31).toEpochDay() - start.toEpochDay();
        return start.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate clamp(LocalDate d, LocalDate lo, LocalDate hi) {
        return d.isBefore(lo) ? lo : d.isAfter(hi) ? hi : d;
    }
}
