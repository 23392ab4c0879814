package dev.ami.assistants.routing.internal;

/**
 * Tells Traditional from Simplified Chinese by counting characters that exist in only one of the
 * two scripts (們/们, 這/这, 說/说, 國/国…). Characters shared by both, or that also occur as
 * ordinary characters in the other script (后, 面, 只, 台, 里…), are left out of the tables.
 * Stateless and thread-safe.
 */
public final class ChineseScript {

    /** The verdict: Hant (Traditional), Hans (Simplified), or undecided. */
    public enum Script { TRADITIONAL, SIMPLIFIED, UNDECIDED }

    private static final String TRADITIONAL_ONLY =
            "們這說國時會來個對為麼學還後過樣現發經開問間關話讓點電機與動種長見東車書頭門錢愛" +
            "聽寫讀買賣請謝氣歡語號圖區體實應當業從題邊認識覺變頁條處訴給記憶歲紀難辦該進選論" +
            "計劃規徑網線場陽華準將專師雙飛馬鳥魚熱農風雖麗歷醫藥媽爺親兒陳張劉楊黃趙吳鄭齊龍" +
            "灣廣澤鐵鐘錯隨離鄉頓顯類總團園際環壞聲萬億價貴費資質負責貨購習溫濕滿漢義議設許證" +
            "誤調談講課誰試詞護報紅綠藍級約終結絕統續練組細織維緊紙層歸運遠遞達適遲連錄銀鏡閉" +
            "閱陸陰隊階險雞響頂項順須預領頻顏願飯飲館驗鬧麥黨齒漁滅災無燈爭狀獨獲產畫疊盡監礎" +
            "確禮稱窮競筆節簡糧紐純絲罰聖聯職腦興舉舊藝蘋術衛裝視覽觀訪診詳貓貝財貧販貸貼賓賞" +
            "賠趕躍軍軟較載輕輸轉辭郵鄰針銷鋼鍵闖陣隱雜靈靜韓顧飽養駕驚鬥麵嗎聞樂週塊歐廳燒裡" +
            "據傳優兩內剛務勞勢協參嚴圍壓夢寶島帶幫幹態戰擇數斷標權殺決況測濟爾牆獎畢異療盤眾" +
            "礙積穩築簽紹綜緒編縣罷聰膽臉艱葉蓋蘭虛蟲補襯訂訓評詢詩誌謂讚豐貿賽贏趨跡蹤軌辯邏" +
            "釋銳錶閃閒闊雲頒頸額飄餅騎鬆魯鮮鹽齡";
    private static final String SIMPLIFIED_ONLY =
            "们这说国时会来个对为么学还过样现发经开问间关话让点电机与动种长见东车书头门钱爱听" +
            "写读买卖请谢气欢语号图区体实应当业从题边认识觉变页条处诉给记忆岁纪难办该进选论计" +
            "划规径网线场阳华将专师双飞马鸟鱼热农风虽丽历医药妈爷亲儿陈张刘杨黄赵吴郑齐龙湾广" +
            "泽铁钟错随离乡顿显类总团园际环坏声万亿价贵费资质负责货购习温湿满汉义议设许证误调" +
            "谈讲课谁试词护报红绿蓝级约终结绝统续练组细织维紧纸层归运远递达适迟连录银镜闭阅陆" +
            "阴队阶险鸡响顶项顺须预领频颜愿饭饮馆验闹麦党齿渔灭灾无灯争状独获产画叠尽监础确礼" +
            "称穷竞笔节简粮纽纯丝罚圣联职脑兴举旧艺苹术卫装视览观访诊详猫贝财贫贩贷贴宾赏赔赶" +
            "跃军软较载轻输转辞邮邻针销钢键闯阵隐杂灵静韩顾饱养驾惊吗闻乐块欧厅烧据传优两内刚" +
            "务劳势协参严围压梦宝岛带帮态战择数断标权杀决况测济尔墙奖毕异疗盘众碍积稳筑签绍综" +
            "绪编县罢聪胆脸艰叶盖兰虚补衬订训评询诗谓赞丰贸赛赢趋轨辩逻释锐闪闲阔颁颈额飘饼骑" +
            "鲁鲜盐龄";

    private ChineseScript() {
    }

    /** Which script the text is written in, by majority of script-specific characters. */
    public static Script classify(String text) {
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TRADITIONAL_ONLY.indexOf(c) >= 0) {
                traditional++;
            } else if (SIMPLIFIED_ONLY.indexOf(c) >= 0) {
                simplified++;
            }
        }
        if (traditional == simplified) {
            return Script.UNDECIDED;
        }
        return traditional > simplified ? Script.TRADITIONAL : Script.SIMPLIFIED;
    }
}
