#!/usr/bin/env python3
"""Writes the benchmark inputs of issue 6: a disaster e-mail list of N subscribers (with 2% duplicates in other
letter case and 1% invalid addresses) and an FAQ file of M entries, both as staff would export them from Excel."""
import random
import sys

subscribers, faqs, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(6)
areas = ["北部", "中央", "南部", "東部", "西部"]
languages = ["ja", "ja", "ja", "en", "easy-ja"]
interests = ["防災", "子育て", "健康", "イベント", "ごみ", "税"]

with open(f"{out}/subscribers.csv", "w", encoding="utf-8", newline="") as f:
    f.write("メールアドレス,地区,言語,関心,確認済み\r\n")
    for i in range(subscribers):
        address = f"resident{i}@mail{i % 97}.example.jp"
        if i % 100 == 99:
            address = f"resident{i}-at-mail.example.jp"  # invalid: rejected with its line
        if i % 50 == 49:
            address = f"RESIDENT{i - 1}@MAIL{(i - 1) % 97}.EXAMPLE.JP"  # the row before in other case: merged
        picked = "|".join(rng.sample(interests, rng.randint(0, 3)))
        f.write(f"{address},{rng.choice(areas)},{rng.choice(languages)},{picked},{rng.choice(['済', '未'])}\r\n")

topics = ["ごみ", "保育", "税", "健康", "防災", "戸籍", "国保", "年金", "水道", "道路"]
with open(f"{out}/faq.csv", "w", encoding="utf-8", newline="") as f:
    f.write("id,question,alternatives,answer,category,department,phone,hours,url,language,published\r\n")
    for i in range(faqs):
        topic = topics[i % len(topics)]
        f.write(f'bench-{i},"{topic}について質問{i}：手続きの方法と必要なものは？","{topic}の手続き{i}|{topic} {i} 方法",'
                f'"{topic}の手続き{i}は市役所{i % 7 + 1}階の窓口で受け付けています。\n本人確認書類と印鑑をお持ちください。",'
                f'{topic},{topic}課,0561-00-{i % 10000:04d},平日 8:30〜17:15,https://city.example.jp/faq/{i},ja,true\r\n')
