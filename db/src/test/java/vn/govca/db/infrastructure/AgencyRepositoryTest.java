package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.AgencyDetails;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.RaScope;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

class AgencyRepositoryTest {

    /** Ids of: Sơn La root, its two children, a grandchild; Hà Nội root; a ministry and its child. */
    private record Tree(AgencyRecord sonLa, AgencyRecord finance, AgencyRecord health, AgencyRecord taxOffice,
                        AgencyRecord haNoi, AgencyRecord ministry, AgencyRecord ministryDept) {
    }

    private static Tree tree(DatabaseFixture db) {
        return db.inTransaction(em -> {
            AgencyRecord sonLa = RaSamples.rootAgency(em, "14", "UBND tỉnh Sơn La");
            AgencyRecord finance = RaSamples.childAgency(em, sonLa, "Sở Tài chính");
            AgencyRecord health = RaSamples.childAgency(em, sonLa, "Sở Y tế");
            AgencyRecord tax = RaSamples.childAgency(em, finance, "Phòng Thuế");
            AgencyRecord haNoi = RaSamples.rootAgency(em, "01", "UBND Thành phố Hà Nội");
            AgencyRecord ministry = RaSamples.rootAgency(em, null, "BỘ TÀI CHÍNH");
            AgencyRecord dept = RaSamples.childAgency(em, ministry, "CỤC THUẾ");
            return new Tree(sonLa, finance, health, tax, haNoi, ministry, dept);
        });
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void save_childAgency_pathIsParentPathPlusOwnIdAndProvinceInherited(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Tree t = tree(db);

            AgencyRecord tax = db.inTransaction(em -> new AgencyRepository(em).byId(t.taxOffice().id()).orElseThrow());

            assertThat(t.sonLa().path()).isEqualTo("/" + t.sonLa().id() + "/");
            assertThat(tax.path()).isEqualTo("/" + t.sonLa().id() + "/" + t.finance().id() + "/" + tax.id() + "/");
            assertThat(tax.provinceId()).isEqualTo(t.sonLa().provinceId()).isNotNull();
            assertThat(tax.parentId()).isEqualTo(t.finance().id());
            assertThat(tax.depth()).isEqualTo(3);
            assertThat(t.ministryDept().provinceId()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void childrenAndRoots_byProvinceOrCentral_returnOnlyThatLevel(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Tree t = tree(db);

            List<AgencyRecord> children = db.inTransaction(em -> new AgencyRepository(em).children(t.sonLa().id()));
            List<AgencyRecord> sonLaRoots = db.inTransaction(em ->
                    new AgencyRepository(em).roots(t.sonLa().provinceId()));
            List<AgencyRecord> central = db.inTransaction(em -> new AgencyRepository(em).roots(null));

            assertThat(children).extracting(AgencyRecord::name).containsExactly("Sở Tài chính", "Sở Y tế");
            assertThat(sonLaRoots).extracting(AgencyRecord::id).containsExactly(t.sonLa().id());
            assertThat(central).extracting(AgencyRecord::id).containsExactly(t.ministry().id());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void subtree_pagesOfTwo_returnsWholeTreeAndNothingOutside(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Tree t = tree(db);
            RaScope scope = RaScope.agencyTree(t.sonLa());

            List<Long> seen = new ArrayList<>();
            OptionalLong cursor = OptionalLong.empty();
            int pages = 0;
            do {
                OptionalLong after = cursor;
                RecordPage<AgencyRecord> page = db.inTransaction(em -> new AgencyRepository(em).subtree(scope, after, 2));
                page.items().forEach(a -> seen.add(a.id()));
                cursor = page.nextCursor();
                pages++;
            } while (cursor.isPresent());
            RecordPage<AgencyRecord> province = db.inTransaction(em -> new AgencyRepository(em)
                    .subtree(RaScope.province(t.haNoi().provinceId()), OptionalLong.empty(), 10));

            assertThat(seen).containsExactly(t.sonLa().id(), t.finance().id(), t.health().id(), t.taxOffice().id());
            assertThat(pages).isEqualTo(2);
            assertThat(province.items()).extracting(AgencyRecord::id).containsExactly(t.haNoi().id());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void nameSearch_foldedPrefixInScope_findsOnlyScopedAgencies(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Tree t = tree(db);

            List<AgencyRecord> everywhere = db.inTransaction(em ->
                    new AgencyRepository(em).nameSearch(RaScope.everywhere(), "ubnd", 10));
            List<AgencyRecord> sonLa = db.inTransaction(em ->
                    new AgencyRepository(em).nameSearch(RaScope.province(t.sonLa().provinceId()), "so ", 10));
            List<AgencyRecord> wildcard = db.inTransaction(em ->
                    new AgencyRepository(em).nameSearch(RaScope.everywhere(), "%", 10));
            Optional<AgencyRecord> outside = db.inTransaction(em ->
                    new AgencyRepository(em).byIdInScope(t.haNoi().id(), RaScope.agencyTree(t.sonLa())));
            Optional<AgencyRecord> inside = db.inTransaction(em ->
                    new AgencyRepository(em).byIdInScope(t.taxOffice().id(), RaScope.agencyTree(t.finance())));

            assertThat(everywhere).extracting(AgencyRecord::id).containsExactlyInAnyOrder(t.sonLa().id(), t.haNoi().id());
            assertThat(sonLa).extracting(AgencyRecord::name).containsExactly("Sở Tài chính", "Sở Y tế");
            assertThat(wildcard).isEmpty();
            assertThat(outside).isEmpty();
            assertThat(inside).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void update_details_savedWithNewVersion(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Tree t = tree(db);
            db.runInTransaction(em -> new AgencyRepository(em).byId(t.finance().id()).orElseThrow().update(
                    new AgencyDetails("Sở Tài chính tỉnh Sơn La", "5500123456-001", "1234567", "Tô Hiệu, Sơn La",
                            "stc@sonla.gov.vn"), Samples.T0.plusSeconds(5)));

            AgencyRecord finance = db.inTransaction(em -> new AgencyRepository(em).byId(t.finance().id()).orElseThrow());

            assertThat(finance.details()).isEqualTo(new AgencyDetails("Sở Tài chính tỉnh Sơn La", "5500123456-001",
                    "1234567", "Tô Hiệu, Sơn La", "stc@sonla.gov.vn"));
            assertThat(finance.version()).isGreaterThan(t.finance().version());
            assertThat(finance.updatedAt()).isEqualTo(Samples.T0.plusSeconds(5));
            assertThat(finance.path()).isEqualTo(t.finance().path());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void namesById_existingAndUnknownIds_namesOfThoseThatExist(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Tree t = tree(db);
            long unknown = t.ministryDept().id() + 1000;

            Map<Long, String> names = db.inTransaction(em -> new AgencyRepository(em)
                    .namesById(List.of(t.taxOffice().id(), t.haNoi().id(), unknown)));
            Map<Long, String> none = db.inTransaction(em -> new AgencyRepository(em).namesById(List.of()));

            assertThat(names).containsOnly(Map.entry(t.taxOffice().id(), "Phòng Thuế"),
                    Map.entry(t.haNoi().id(), "UBND Thành phố Hà Nội"));
            assertThat(none).isEmpty();
        }
    }

    /** Refused before any SQL is sent, so one engine is enough. */
    @Test
    void namesById_moreThanAPage_refused() {
        try (DatabaseFixture db = DatabaseFixture.migrated(DatabaseKind.H2)) {
            List<Long> ids = LongStream.rangeClosed(1, AgencyRepository.MAX_PAGE_SIZE + 1).boxed().toList();

            assertThatThrownBy(() -> db.inTransaction(em -> new AgencyRepository(em).namesById(ids)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("501");
        }
    }
}
