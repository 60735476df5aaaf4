package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.AudioFeatures;
import dev.spotrec.datasets.Track;
import java.util.SplittableRandom;

/**
 * A synthetic AudioAnalysisObject consistent with the track's features: beats spaced by the tempo,
 * bars of {@code time_signature} beats, two tatums a beat, about eight sections and a segment every
 * ~0.4 s with 12 pitches and 12 timbre values. Seeded by the track id, so the same track always
 * gets the same analysis. O(duration) to build; not cached (rarely requested).
 */
final class AudioAnalysis {
    private AudioAnalysis() {}

    static byte[] of(Track t) {
        AudioFeatures f = t.features();
        SplittableRandom r = new SplittableRandom(t.id().hashCode());
        double duration = t.durationMs() / 1000.0;
        double tempo = Math.max(40, f.tempo());
        double beat = 60.0 / tempo;
        int signature = CatalogJson.timeSignature(t.id());
        JsonOut o = new JsonOut(64 * 1024);
        o.raw(
                "{\"meta\":{\"analyzer_version\":\"4.0.0\",\"platform\":\"Linux\",\"detailed_status\":\"OK\","
                        + "\"status_code\":0,\"timestamp\":1700000000,\"analysis_time\":1.5,\"input_process\":\"libvorbisfile L+R 44100->22050\"}");
        o.raw(",\"track\":{\"num_samples\":")
                .num(Math.round(duration * 22050))
                .raw(",\"duration\":")
                .raw(CatalogJson.dec(duration))
                .raw(
                        ",\"sample_md5\":\"\",\"offset_seconds\":0,\"window_seconds\":0,"
                                + "\"analysis_sample_rate\":22050,\"analysis_channels\":1,\"end_of_fade_in\":0.0")
                .raw(",\"start_of_fade_out\":")
                .raw(CatalogJson.dec(Math.max(0, duration - 5)))
                .raw(",\"loudness\":")
                .raw(CatalogJson.dec(f.loudness()))
                .raw(",\"tempo\":")
                .raw(CatalogJson.dec(f.tempo()))
                .raw(",\"tempo_confidence\":0.8,\"time_signature\":")
                .num(signature)
                .raw(",\"time_signature_confidence\":0.9,\"key\":")
                .num(f.key())
                .raw(",\"key_confidence\":0.7,\"mode\":")
                .num(f.mode())
                .raw(
                        ",\"mode_confidence\":0.6,\"codestring\":\"\",\"code_version\":3.15,"
                                + "\"echoprintstring\":\"\",\"echoprint_version\":4.12,\"synchstring\":\"\","
                                + "\"synch_version\":1.0,\"rhythmstring\":\"\",\"rhythm_version\":1.0}");
        intervals(o, "bars", duration, beat * signature, r);
        intervals(o, "beats", duration, beat, r);
        sections(o, duration, f, signature, r);
        segments(o, duration, f, r);
        intervals(o, "tatums", duration, beat / 2, r);
        return o.raw("}").toBytes();
    }

    private static void intervals(
            JsonOut o, String name, double duration, double step, SplittableRandom r) {
        o.raw(",\"").raw(name).raw("\":[");
        int i = 0;
        for (double s = 0; s + step <= duration; s += step, i++) {
            o.raw(i == 0 ? "" : ",")
                    .raw("{\"start\":")
                    .raw(CatalogJson.dec(s))
                    .raw(",\"duration\":")
                    .raw(CatalogJson.dec(step))
                    .raw(",\"confidence\":")
                    .raw(CatalogJson.dec(r.nextDouble()))
                    .raw("}");
        }
        o.raw("]");
    }

    private static void sections(
            JsonOut o, double duration, AudioFeatures f, int signature, SplittableRandom r) {
        o.raw(",\"sections\":[");
        double len = duration / 8;
        for (int i = 0; i < 8; i++) {
            o.raw(i == 0 ? "" : ",")
                    .raw("{\"start\":")
                    .raw(CatalogJson.dec(i * len))
                    .raw(",\"duration\":")
                    .raw(CatalogJson.dec(len))
                    .raw(",\"confidence\":")
                    .raw(CatalogJson.dec(r.nextDouble()))
                    .raw(",\"loudness\":")
                    .raw(CatalogJson.dec(f.loudness() - 3 * r.nextDouble()))
                    .raw(",\"tempo\":")
                    .raw(CatalogJson.dec(f.tempo()))
                    .raw(",\"tempo_confidence\":")
                    .raw(CatalogJson.dec(r.nextDouble()))
                    .raw(",\"key\":")
                    .num(f.key())
                    .raw(",\"key_confidence\":")
                    .raw(CatalogJson.dec(r.nextDouble()))
                    .raw(",\"mode\":")
                    .num(f.mode())
                    .raw(",\"mode_confidence\":")
                    .raw(CatalogJson.dec(r.nextDouble()))
                    .raw(",\"time_signature\":")
                    .num(signature)
                    .raw(",\"time_signature_confidence\":")
                    .raw(CatalogJson.dec(r.nextDouble()))
                    .raw("}");
        }
        o.raw("]");
    }

    private static void segments(JsonOut o, double duration, AudioFeatures f, SplittableRandom r) {
        o.raw(",\"segments\":[");
        int i = 0;
        for (double s = 0; s < duration - 0.4; s += 0.4, i++) {
            double max = f.loudness() + 5 * r.nextDouble();
            o.raw(i == 0 ? "" : ",")
                    .raw("{\"start\":")
                    .raw(CatalogJson.dec(s))
                    .raw(",\"duration\":0.4,\"confidence\":")
                    .raw(CatalogJson.dec(r.nextDouble()))
                    .raw(",\"loudness_start\":")
                    .raw(CatalogJson.dec(max - 10))
                    .raw(",\"loudness_max\":")
                    .raw(CatalogJson.dec(max))
                    .raw(",\"loudness_max_time\":")
                    .raw(CatalogJson.dec(0.4 * r.nextDouble()))
                    .raw(",\"loudness_end\":")
                    .raw(CatalogJson.dec(max - 20))
                    .raw(",\"pitches\":[");
            for (int p = 0; p < 12; p++) {
                o.raw(p == 0 ? "" : ",").raw(CatalogJson.dec(r.nextDouble()));
            }
            o.raw("],\"timbre\":[");
            for (int p = 0; p < 12; p++) {
                o.raw(p == 0 ? "" : ",").raw(CatalogJson.dec(100 * (r.nextDouble() - 0.5)));
            }
            o.raw("]}");
        }
        o.raw("]");
    }
}
