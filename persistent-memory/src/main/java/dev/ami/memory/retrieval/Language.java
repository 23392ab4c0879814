package dev.ami.memory.retrieval;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The built-in languages of lexical matching and their function words: articles, pronouns and
 * possessives, prepositions, conjunctions, copulas and auxiliaries (be, have, do; ser, estar,
 * haber, tener; です, ます, いる, する), question words and a few very common adverbs. Such words say
 * how a sentence is built, not what it is about, so {@link Terms} leaves them out. Short lists
 * written for Ami, in lower case (as {@link Terms} folds), with and without accents where people
 * type both. {@link #UNKNOWN} and {@link #OTHER} have none. Immutable.
 */
public enum Language {

    ENGLISH("""
            a an the and or but if of to in on at by for with from about into onto over under as than so not no nor
            i me my mine myself we us our ours you your yours he him his she her hers it its they them their theirs
            this that these those there here is am are was were be been being do does did done doing
            have has had having will would shall should can could may might must
            what which who whom whose where when why how many much any some s t d ll m re ve
            now then also very just still too tell please"""),
    SPANISH("""
            el la lo los las un una unos unas al del de a en con sin por para sobre entre desde hasta hacia y e o u ni
            pero sino que qué quien quién quienes quiénes cual cuál cuales cuáles como cómo donde dónde adonde adónde
            cuando cuándo cuanto cuánto cuanta cuánta cuantos cuántos cuantas cuántas porque
            yo me mi mis mío mía tu tú te tus él ella ello nos nosotros nosotras vosotros os su sus se le les
            ellos ellas nuestro nuestra nuestros nuestras este esta estos estas ese esa esos esas eso esto
            soy eres es somos son era eras éramos eran fui fue fuimos fueron sido siendo sea ser
            estoy estás está estamos están estaba estaban estuve estuvo estado estar
            he has ha hemos han había habían hubo habido hay haber
            tengo tienes tiene tenemos tienen tenía tenían tuve tuvo tuvimos tuvieron tenido teniendo tener
            hago haces hace hacemos hacen hice hizo hicimos hicieron hecho haciendo hacer
            no sí si ya muy más menos también tan ahora todavía aún solo sólo"""),
    GERMAN("""
            der die das den dem des ein eine einen einem einer eines und oder aber nicht kein keine keinen
            ich mich mir mein meine meinen meinem meiner du dich dir dein deine er ihn ihm sein seine seinen seinem
            sie ihr ihre ihren ihrem es wir uns unser unsere euch euer sich
            ist bin bist sind war waren gewesen habe hast hat haben hatte hatten wird werden wurde würde
            kann können muss müssen soll will was wer wen wem wessen wo wohin woher wann warum wie viel viele
            welche welcher welches welchen in im an am auf aus bei mit nach von vom zu zum zur für über unter vor
            um durch gegen ohne als auch noch schon jetzt sehr nur da dass"""),
    FRENCH("""
            le la les l un une des du de d au aux et ou mais ni ne pas que qu qui quoi quel quelle quels quelles
            où quand comment pourquoi combien je j me m moi mon ma mes tu te t toi ton ta tes il elle on nous vous
            ils elles se s son sa ses notre nos votre vos leur leurs ce cet cette ces c ça
            est suis es sommes êtes sont était étais étaient été être ai as a avons avez ont avait avais eu avoir
            en dans sur sous pour par avec sans chez vers y aussi très déjà encore maintenant"""),
    /** Particles, copula and auxiliaries in kana; question words and pronouns in kana or kanji. */
    JAPANESE("""
            は が を に の で と も へ や か ね よ な から まで より ので のに けど けれど だけ など って とは には では にも
            です でした ですか でしょう だ だった である ます ました ません ませんでした ましょう
            て た し する します しました しません して した している しています いる います いました いません
            ている ています ていました ある あります ありました あった ください
            何 なに なん いつ どこ どの どれ どちら どう どんな だれ 誰 いくつ いくら なぜ 私 わたし 僕 ぼく あなた"""),
    /** Particles, pronouns and question words, written without spaces like the text itself. */
    CHINESE("""
            的 了 吗 呢 吧 啊 是 我 你 他 她 它 我们 你们 他们 她们 在 和 与 也 都 就 还 很 对 把 被 给 从
            什么 哪 哪里 哪儿 谁 怎么 怎样 为什么 几 多少 这 那 这个 那个 这些 那些"""),
    /** Latin letters without function words of a built-in language: a few keywords, names, numbers. */
    UNKNOWN(""),
    /** Mostly another script (Cyrillic, Hangul, Arabic, ...): no built-in function words. */
    OTHER("");

    private static final Set<Language> ALPHABETIC = EnumSet.of(ENGLISH, SPANISH, GERMAN, FRENCH);

    private final Set<String> functionWords;
    private final int longest;

    Language(String words) {
        this.functionWords = Arrays.stream(words.strip().split("\\s+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.longest = functionWords.stream().mapToInt(w -> w.codePointCount(0, w.length())).max().orElse(0);
    }

    /** Whether a folded word (or, in Japanese and Chinese, a run of characters) is a function word. */
    public boolean isFunctionWord(String folded) {
        return functionWords.contains(folded);
    }

    /** Length in code points of the longest function word: how far {@link Terms} looks ahead in CJK text. */
    int longestFunctionWord() {
        return longest;
    }

    /**
     * The built-in language with the most function words among folded alphabetic {@code words}, or
     * {@link #UNKNOWN} when none has any; of several with as many, the first (English before Spanish,
     * German, French). A guess for short texts, good enough to drop function words.
     */
    static Language ofWords(Iterable<String> words) {
        Language best = UNKNOWN;
        int bestCount = 0;
        for (Language language : ALPHABETIC) {
            int count = 0;
            for (String w : words) {
                count += language.isFunctionWord(w) ? 1 : 0;
            }
            if (count > bestCount) {
                best = language;
                bestCount = count;
            }
        }
        return best;
    }
}
