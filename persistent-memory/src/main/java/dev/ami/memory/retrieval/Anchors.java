package dev.ami.memory.retrieval;

import java.util.List;

/**
 * Neutral sentences in several languages and scripts. A query's mean similarity to its closest
 * anchors is its baseline: all-MiniLM-L6-v2 gives any two Spanish or Japanese sentences a high
 * cosine, so only the lift above that baseline says "about the same thing" in every language.
 */
public final class Anchors {

    /** How many of the closest anchors the baseline averages. */
    public static final int CLOSEST = 5;

    public static final List<String> SENTENCES = List.of(
            "The weather was nice today.", "I need to buy bread tomorrow.", "The meeting starts at ten.",
            "She opened the window.", "We talked for a while.", "It is a long way to the station.",
            "He likes to read the newspaper.", "They arrived late last night.",
            "Hoy hace buen tiempo.", "Mañana tengo que comprar pan.", "La reunión empieza a las diez.",
            "Ella abrió la ventana.", "Hablamos un rato.", "La estación está lejos.",
            "A él le gusta leer el periódico.", "Llegaron tarde anoche.",
            "今日はいい天気です。", "明日パンを買わなければなりません。", "会議は十時に始まります。",
            "彼女は窓を開けました。", "しばらく話しました。", "駅まで遠いです。", "彼は新聞を読むのが好きです。",
            "昨夜遅く着きました。",
            "今天天气很好。", "我明天要买面包。", "会议十点开始。", "她打开了窗户。", "我们聊了一会儿。",
            "Das Wetter ist heute schön.", "Ich muss morgen Brot kaufen.", "Wir haben eine Weile geredet.",
            "Il fait beau aujourd'hui.", "Je dois acheter du pain demain.", "Nous avons parlé un moment.");

    private Anchors() {
    }

    /** Mean cosine of a unit query vector with its {@link #CLOSEST} closest anchor vectors. */
    public static double baseline(float[] query, List<float[]> anchorVectors) {
        double[] sims = new double[anchorVectors.size()];
        for (int i = 0; i < sims.length; i++) {
            float[] a = anchorVectors.get(i);
            double s = 0;
            for (int d = 0; d < a.length; d++) {
                s += query[d] * a[d];
            }
            sims[i] = s;
        }
        java.util.Arrays.sort(sims);
        int take = Math.min(CLOSEST, sims.length);
        double sum = 0;
        for (int i = 0; i < take; i++) {
            sum += sims[sims.length - 1 - i];
        }
        return take == 0 ? 0 : sum / take;
    }
}
