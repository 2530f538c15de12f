package eu.consulate.domain.model.datause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import eu.consulate.domain.model.datause.DataUse.Requested;
import org.junit.jupiter.api.Test;

class DataUseTest {

    @Test
    void aPermissionByShorthandOrCurieWithModifiersAndTheirParameters() {
        DataUse use = DataUse.of(" ds ", List.of("MONDO:0004992", " MONDO:0004992"), List.of(new Requested("IRB", null),
                new Requested("DUO:0000025", " 12 "), new Requested("gs", "European Economic Area"),
                new Requested("MOR", "2027-06-30"), new Requested("RS", "cancer genomics")));

        assertThat(use.permission()).isEqualTo(DuoTerm.DS);
        assertThat(use.diseases()).containsExactly("MONDO:0004992");
        assertThat(use.modifiers()).containsExactly(new DataUseModifier(DuoTerm.IRB, ""),
                new DataUseModifier(DuoTerm.TS, "12"), new DataUseModifier(DuoTerm.GS, "European Economic Area"),
                new DataUseModifier(DuoTerm.MOR, "2027-06-30"), new DataUseModifier(DuoTerm.RS, "cancer genomics"));
        assertThat(use.modifier(DuoTerm.TS).orElseThrow().months()).isEqualTo(12);
        assertThat(DataUse.of("DUO:0000042", null, null).modifiers()).isEmpty();
    }

    @Test
    void whatDuoDoesNotAllowIsRefusedWithTheReason() {
        refused(() -> DataUse.of(null, List.of(), List.of()),
                "The data use needs exactly one DUO permission (NRES, GRU, HMB, DS or POA), not ''.");
        refused(() -> DataUse.of("PUB", List.of(), List.of()),
                "PUB is a DUO modifier, not a permission; the permission is one of NRES, GRU, HMB, DS, POA.");
        refused(() -> DataUse.of("GRU", List.of(), List.of(new Requested("HMB", null))),
                "HMB is a DUO permission; a data use has exactly one, given as the permission.");
        refused(() -> DataUse.of("DS", List.of(), List.of()),
                "Disease-specific research (DS) names at least one disease, e.g. MONDO:0004992.");
        refused(() -> DataUse.of("HMB", List.of("MONDO:0005015"), List.of()),
                "Only disease-specific research (DS) names diseases; HMB does not.");
        refused(() -> DataUse.of("DS", List.of("lung cancer"), List.of()),
                "'lung cancer' is not a disease identifier such as MONDO:0004992.");
        refused(() -> DataUse.of("GRU", List.of(), List.of(new Requested("XYZ", null))), "'XYZ' is not a DUO modifier.");
        refused(() -> DataUse.of("GRU", List.of(), List.of(new Requested("PUB", null), new Requested("pub", null))),
                "PUB is named twice.");
        refused(() -> DataUse.of("GRU", List.of(), List.of(new Requested("PUB", "soon"))), "PUB takes no parameter.");
        refused(() -> DataUse.of("GRU", List.of(), List.of(new Requested("TS", "0"))),
                "A time limit on use (TS) names its months, 1 to 120.");
        refused(() -> DataUse.of("GRU", List.of(), List.of(new Requested("TS", "twelve"))),
                "A time limit on use (TS) names its months, 1 to 120.");
        refused(() -> DataUse.of("GRU", List.of(), List.of(new Requested("MOR", "30/06/2027"))),
                "A publication moratorium (MOR) names the date it ends, as 2027-06-30.");
        refused(() -> DataUse.of("GRU", List.of(), List.of(new Requested("GS", ""))),
                "A geographical restriction (GS) names its region, e.g. \"European Economic Area\".");
    }

    private static void refused(Runnable description, String message) {
        assertThatThrownBy(description::run).isInstanceOf(InvalidDataUse.class).hasMessage(message);
    }
}
