package dev.ami.memory.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Plausible distractor memories in English, Spanish and Japanese, from templates, seeded. */
final class Filler {

    private static final String[] EN_WHO = {"my neighbour", "a colleague", "my cousin", "an old friend", "my uncle",
        "the plumber", "my manager", "a classmate"};
    private static final String[] EN_DID = {"had lunch", "watched a film", "went hiking", "fixed the fence",
        "played chess", "painted the hallway", "cooked curry", "visited a museum", "went shopping", "planted roses"};
    private static final String[] EN_WHERE = {"in Bristol", "at the lake", "in the old town", "near the harbour",
        "at home", "in the park", "downtown", "by the river"};
    private static final String[] ES_WHO = {"mi vecino", "una compañera", "mi primo", "un amigo", "mi tío",
        "el fontanero", "mi jefa", "un compañero de clase"};
    private static final String[] ES_DID = {"comí", "vi una película", "fui de excursión", "arreglé la valla",
        "jugué al ajedrez", "pinté el pasillo", "cociné lentejas", "visité un museo", "fui de compras", "planté rosas"};
    private static final String[] ES_WHERE = {"en Bilbao", "en el lago", "en el casco antiguo", "cerca del puerto",
        "en casa", "en el parque", "en el centro", "junto al río"};
    private static final String[] JA_WHO = {"隣の人", "同僚", "いとこ", "古い友達", "おじ", "上司", "同級生", "先輩"};
    private static final String[] JA_DID = {"昼ご飯を食べました", "映画を見ました", "ハイキングをしました", "将棋をしました",
        "部屋を掃除しました", "カレーを作りました", "美術館に行きました", "買い物をしました", "花を植えました", "カラオケに行きました"};
    private static final String[] JA_WHERE = {"札幌で", "湖で", "駅の近くで", "港の近くで", "家で", "公園で", "町の中心で", "川のそばで"};

    private Filler() {
    }

    /** {@code n} sentences, a third in each language. */
    static List<String> sentences(int n, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int day = 1 + random.nextInt(28);
            int month = 1 + random.nextInt(12);
            out.add(switch (i % 3) {
                case 0 -> "On " + month + "/" + day + " I " + pick(EN_DID, random) + " with " + pick(EN_WHO, random)
                        + " " + pick(EN_WHERE, random) + ".";
                case 1 -> "El " + day + "/" + month + " " + pick(ES_DID, random) + " con " + pick(ES_WHO, random)
                        + " " + pick(ES_WHERE, random) + ".";
                default -> month + "月" + day + "日に" + pick(JA_WHO, random) + "と" + pick(JA_WHERE, random)
                        + pick(JA_DID, random) + "。";
            });
        }
        return out;
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}
