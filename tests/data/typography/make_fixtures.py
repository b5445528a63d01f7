#!/usr/bin/env python3
"""Writes the long-content fixtures of the typography tests (run from this folder).

long.yaml      Chinese guide: a 40-ideograph role title, a summary about three
               pages long, 15 skills, long steps, notes, many sources, long closing.
long-en.yaml   The same shapes in English.
forty.yaml     40 short roles: the contents continue on a second page.
Every paragraph starts with its own marker (第N段 / Paragraph N), numbered in
reading order. NAME.paragraphs.txt lists the body texts (paragraphs, list
items, steps, link labels, the disclaimer) one a line in the order the PDF
shows them; the end-to-end tests check that all of them appear, in order.
"""

ZH_SENTENCES = [
    "提示工程师要把模糊的业务需求翻译成模型能理解的指令，并反复验证输出是否稳定。",
    "在真实项目里，一条好的提示往往要经过几十轮修改，每一轮都记录下模型的 3 到 5 个典型回答。",
    "团队通常会用 Python 编写小脚本批量测试提示，把结果整理成表格，再和产品经理一起评估。",
    "“少即是多”是常见的经验：删去多余的修饰语，模型反而更容易抓住重点。",
    "面对客服、法律、医疗等不同场景，提示的语气、长度和约束条件都要重新设计。",
    "有些公司为这个岗位开出 $127,000 甚至更高的年薪，因为好的提示能直接节省大量人工审核的时间。",
    "除了写提示，工程师还要关注安全问题，比如防止用户通过“越狱”指令绕过模型的限制。",
    "评估时既要看准确率，也要看回答是否简洁、是否符合品牌风格（例如不使用网络流行语）。",
    "随着 GPT-4、Claude 等模型不断更新，旧的提示可能突然失效，因此需要持续回归测试。",
    "很多从业者原本是编辑、教师或翻译，他们对语言的敏感正是这个岗位最看重的能力之一。",
    "学习资料可以从 https://www.example.org/prompting/guide 这样的公开教程开始，再结合自己的工作场景练习。",
    "一个实用的习惯是：每次修改提示之前，先写下你期望看到的结果，再对照实际输出找差距。",
]

ZH_ORDINALS = "一二三四五六七八九十"


def zh_ordinal(n):
    if n <= 10:
        return ZH_ORDINALS[n - 1]
    if n < 20:
        return "十" + ZH_ORDINALS[n - 11]
    return ZH_ORDINALS[n // 10 - 1] + "十" + (ZH_ORDINALS[n % 10 - 1] if n % 10 else "")


def zh_paragraph(n, sentences=4):
    picked = [ZH_SENTENCES[(n * 5 + i * 7) % len(ZH_SENTENCES)] for i in range(sentences)]
    return f"第{zh_ordinal(n)}段：" + "".join(picked)


EN_SENTENCES = [
    "A prompt engineer turns a vague business request into instructions a model can follow, then checks that the output stays stable.",
    "In a real project a good prompt goes through dozens of revisions, and each round records three to five typical answers.",
    "Teams often write small Python scripts to test prompts in bulk, collect the results in a table and review them with the product manager.",
    "\u201cLess is more\u201d is a common lesson: remove the extra qualifiers and the model finds the point more easily.",
    "Customer service, legal work and medicine each need a new tone, length and set of constraints.",
    "Some companies pay $127,000 a year or more for the role, because good prompts save hours of manual review.",
    "Besides writing prompts, engineers watch for safety problems such as users bypassing the model's limits with jailbreak instructions.",
    "An evaluation looks at accuracy, but also at whether answers are concise and match the brand's voice.",
    "As models such as GPT-4 and Claude change, an old prompt may suddenly stop working, so regression tests never stop.",
    "Many practitioners were editors, teachers or translators; their feel for language is what the role values most.",
    "Free material such as https://www.example.org/prompting/guide is a good start, followed by practice on your own work.",
    "A useful habit: before changing a prompt, write down the result you expect, then compare it with what you get.",
]


def en_paragraph(n, sentences=3):
    picked = [EN_SENTENCES[(n * 5 + i * 7) % len(EN_SENTENCES)] for i in range(sentences)]
    return f"Paragraph {n}. " + " ".join(picked)


def block(paragraphs, indent):
    pad = " " * indent
    return "|\n" + "\n\n".join(pad + p for p in paragraphs) + "\n"


def quoted(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


LONG_TITLE = "面向大型语言模型应用的提示词设计优化评估与安全治理方向高级工程师岗位多模态与图像"
assert len(LONG_TITLE) == 40, len(LONG_TITLE)

ZH_SKILLS = [
    "深入理解自然语言处理",
    "设计提示词的创造力",
    "分析提示效果、反复改进，直到得到想要的结果；能够把每一次修改的原因和效果写成简短的记录，供团队其他成员参考",
    "熟练使用 Python 编写测试脚本",
    "了解 GPT-4、Claude、Llama 等主流模型的差异",
    "良好的中英文写作能力",
    "能读懂基础的统计指标（准确率、召回率、F1 分数），并据此判断一次改动是否真正带来了提升，而不是偶然的波动",
    "对数据隐私和模型安全保持敏感",
    "耐心",
    "与产品、法务和客服团队沟通协作",
    "把复杂的问题讲得简单明白",
    "持续学习新工具和新方法：这个领域几乎每个月都有新的模型、新的论文和新的最佳实践出现，需要养成固定的学习节奏，比如每周留出半天阅读和复现，并把收获分享给团队",
    "基本的项目管理能力",
    "熟悉向量数据库与检索增强生成（RAG）",
    "审美和品牌意识",
]

ZH_STEPS = [
    ("看视频", "先通过网上的视频了解提示工程的基本思路。"),
    ("上免费课程", "选修大学开设的免费在线课程，把基础打扎实。课程通常包括语言模型的原理、提示的基本结构和评估方法三个部分，每部分都配有练习；建议按顺序学完，并完成所有作业，遇到不懂的地方就回看视频或在论坛上提问。"),
    ("多动手", "经常练习编写提示词，比较不同写法带来的效果。"),
    ("建立作品集", "把你做过的提示、测试数据和改进前后的对比整理成一个公开的作品集，附上简短的说明：你要解决什么问题、尝试了哪些写法、最后选定的方案为什么更好、还有哪些局限。招聘方往往更看重这些真实的过程，而不是证书本身。作品集不必很大，三到五个完整的案例就足够说明你的能力。"),
    ("", "参加线下或线上的交流活动，认识同行，了解他们每天实际在做什么。"),
    ("找实习或兼职", "从小项目开始积累经验，比如帮身边的小公司优化客服机器人的回答。"),
]

ZH_SOURCES = [
    dict(publisher="Forbes", title="The 6 Highest Paying Jobs In AI In 2024 (Average Salaries Revealed)",
         short_title="The 6 Highest Paying Jobs In AI In 2024", credit="AI深度研究员", date="2024-07-12",
         place="上海", url="https://www.forbes.com/sites/bernardmarr/2024/07/12/the-6-highest-paying-jobs-in-ai-in-2024/"),
    dict(publisher="示例研究院", title="人工智能岗位薪酬调查报告（第二版）", date="2024-05-01", place="北京"),
    dict(publisher="Example Labs", title="A Field Guide to Prompt Engineering for Teams That Ship Language Model Features",
         date="2024-03-18", url="https://labs.example.com/field-guide/prompt-engineering/teams-that-ship-language-model-features.html"),
    dict(publisher="示例大学继续教育学院", title="面向在职人士的机器学习入门课程大纲", date="2023-09-01"),
    dict(publisher="Example Jobs", title="AI Job Postings Tracker", date="2024-06-30",
         url="https://jobs.example.net/ai-tracker"),
    dict(title="提示词设计的十个常见误区", credit="示例编辑部", place="深圳"),
    dict(publisher="Example Review", title="What Do AI Product Managers Actually Do?", date="2024-02-14"),
    dict(publisher="示例出版社", title="从零开始学人工智能：写给非技术人员的入门书", date="2022-11-20", place="杭州"),
]


def source_yaml(source):
    lines = []
    for i, (key, value) in enumerate(source.items()):
        lines.append(("  - " if i == 0 else "    ") + f"{key}: {quoted(value)}")
    return "\n".join(lines)


def role_yaml(role):
    out = [f"  - id: {role['id']}", f"    title: {quoted(role['title'])}"]
    for key in ("title_en", "salary_note"):
        if key in role:
            out.append(f"    {key}: {quoted(role[key])}")
    if "salary" in role:
        out.append(f"    salary: {role['salary']}")
    out.append("    summary: " + block(role["summary"], 6).rstrip("\n"))
    if role.get("skills"):
        out.append("    skills:")
        out += [f"      - {quoted(s)}" for s in role["skills"]]
    if role.get("steps"):
        out.append("    getting_started:")
        for lead, text in role["steps"]:
            out.append(f"      - {{lead: {quoted(lead)}, text: {quoted(text)}}}" if lead else f"      - {quoted(text)}")
    if role.get("notes"):
        out.append("    notes: " + block(role["notes"], 6).rstrip("\n"))
    if role.get("links"):
        out.append("    links:")
        out += [f"      - {{label: {quoted(l)}, url: {quoted(u)}}}" for l, u in role["links"]]
    return "\n".join(out)


def reading_order(intro, closing, disclaimer, roles, colon):
    """The body paragraphs in the order the PDF shows them (sources and URLs aside)."""
    out = list(intro)
    for role in roles:
        if "salary" not in role and "salary_note" in role:
            out.append(role["salary_note"])
        out += role["summary"] + role.get("skills", [])
        out += [lead + colon + text if lead else text for lead, text in role.get("steps", [])]
        out += role.get("notes", []) + [label for label, _ in role.get("links", []) if label]
    return out + closing + [disclaimer]


def guide_yaml(head, intro, closing, disclaimer, sources, roles, language=None):
    out = ["# Generated by make_fixtures.py; edit that script, not this file.", "format: 1"]
    out += [f"{key}: {quoted(value)}" for key, value in head.items()]
    if language:
        out.append(f"language: {language}")
    out.append("intro: " + block(intro, 2).rstrip("\n"))
    out.append("closing: " + block(closing, 2).rstrip("\n"))
    out.append(f"disclaimer: {quoted(disclaimer)}")
    out.append("sources:")
    out += [source_yaml(s) for s in sources]
    out.append("roles:")
    out += [role_yaml(r) for r in roles]
    return "\n".join(out) + "\n"


def zh_long():
    counter = iter(range(1, 1000))
    para = lambda sentences=4: zh_paragraph(next(counter), sentences)
    intro = [para(3), para(2), para(4)]
    # Paragraph lengths vary from one line to eight so that splits meet every case.
    summary = [para(s) for s in (4, 1, 6, 2, 4, 8, 3, 1, 5, 4, 2, 7, 4, 3, 5, 2)]
    first = dict(
        id="long-title", title=LONG_TITLE,
        title_en="Senior engineer for prompt design, optimisation, evaluation and safety governance "
                 "of large language model applications, including multimodal text and image work",
        salary=127000, summary=summary, skills=ZH_SKILLS, steps=ZH_STEPS,
        notes=[para(3), para(5)],
        links=[("课程主页", "https://www.example.org/courses/prompting"),
               ("一个非常长的链接地址，用来检查网址会不会超出页边", "https://www.example.org/a/very/long/path/that/keeps/going/and/going/until/it/no/longer/fits/on/one/line/of/the/main/column/index.html"),
               ("", "https://example.com/")])
    second = dict(
        id="no-figure", title="人工智能初创公司创始人", title_en="AI startup founder",
        salary_note="没有公开的平均薪资数据。" + "".join(ZH_SENTENCES[3:7]),
        summary=[para(3), para(2)], steps=ZH_STEPS[:3])
    third = dict(id="short", title="人工智能顾问", title_en="AI consultant", salary=155500,
                 summary=[para(2)], skills=ZH_SKILLS[:3])
    head = dict(title="人工智能时代收入最高的职业与转型路线：写给在职人士的长篇实用指南（长文本测试版）",
                subtitle="职业指南手册", date="2024-07-12", market="美国市场")
    closing = [para(s) for s in (5, 3, 6, 2, 4, 7, 3, 5, 4, 6)]
    disclaimer = "文中薪资为美国市场的平均年薪，单位为美元，仅供参考；" * 3
    roles = [first, second, third]
    return (guide_yaml(head, intro, closing, disclaimer, ZH_SOURCES, roles),
            reading_order(intro, closing, disclaimer, roles, "："))


EN_SKILLS = [
    "A deep understanding of NLP",
    "Creativity in designing prompts",
    "Analysing and refining prompts until they give the intended result, and writing down why each change was made so that the rest of the team can learn from it",
    "Fluent Python for test scripts",
    "Knowing how GPT-4, Claude and Llama differ",
    "Clear writing",
    "Reading basic statistics (accuracy, recall, F1) well enough to tell a real improvement from noise",
    "Care for privacy and model safety",
    "Patience",
    "Working with product, legal and support teams",
    "Explaining hard things simply",
    "Learning all the time: new models, papers and practices appear nearly every month, so keep a fixed rhythm, such as half a day a week for reading and reproducing, and share what you find",
    "Basic project management",
    "Vector databases and retrieval-augmented generation (RAG)",
    "A sense of style and brand",
]

EN_STEPS = [
    ("Watch videos", "Start with videos online that explain how prompting works."),
    ("Take free courses", "Enrol in free university courses to build a solid foundation. They usually cover how language models work, how a prompt is built and how to evaluate results, each with exercises; take them in order, do every assignment, and ask on the forum when something is unclear."),
    ("Practise", "Write prompts often and compare what different phrasings produce."),
    ("Build a portfolio", "Collect your prompts, test data and before-and-after comparisons in a public portfolio with a short note on each: the problem, what you tried, why the final version is better and where it still falls short. Employers value this real work more than certificates. Three to five complete cases are enough to show what you can do."),
    ("", "Go to meetups, online or in person, and learn what practitioners actually do all day."),
    ("Find an internship", "Start small, for example by improving the answers of a local shop's support chatbot."),
]


def en_long():
    counter = iter(range(1, 1000))
    para = lambda sentences=3: en_paragraph(next(counter), sentences)
    intro = [para(2), para(1), para(3)]
    summary = [para(s) for s in (3, 1, 5, 2, 3, 6, 2, 1, 4, 3, 2, 5, 3, 2, 4, 2)]
    first = dict(
        id="long-title",
        title="Senior engineer for prompt design, evaluation and safety governance of large language model applications",
        title_en="面向大型语言模型应用的提示词设计、评估与安全治理高级工程师",
        salary=127000, summary=summary, skills=EN_SKILLS, steps=EN_STEPS,
        notes=[para(2), para(4)],
        links=[("Course page", "https://www.example.org/courses/prompting"),
               ("A very long link label that checks whether the address runs past the margin",
                "https://www.example.org/a/very/long/path/that/keeps/going/and/going/until/it/no/longer/fits/on/one/line/of/the/main/column/index.html")])
    second = dict(id="no-figure", title="AI startup founder",
                  salary_note="No published average salary. " + " ".join(EN_SENTENCES[3:6]),
                  summary=[para(3), para(2)], steps=EN_STEPS[:3])
    third = dict(id="short", title="AI consultant", salary=155500, summary=[para(2)],
                 skills=EN_SKILLS[:3])
    head = dict(title="The Best-Paid Careers of the AI Era and How to Move Into Them: A Long Practical Guide for Working People",
                subtitle="Career guide", date="2024-07-12", market="US market")
    closing = [para(s) for s in (4, 2, 5, 1, 3, 6, 2, 4, 3, 5)]
    sources = [dict(s) for s in ZH_SOURCES if s.get("publisher", "").isascii() and "publisher" in s]
    disclaimer = ("Salaries are US averages in US dollars per year, for guidance only. " * 3).strip()
    roles = [first, second, third]
    return (guide_yaml(head, intro, closing, disclaimer, sources, roles, language="en"),
            reading_order(intro, closing, disclaimer, roles, ": "))


ZH_ROLE_NAMES = ["提示工程师", "人工智能研究科学家", "人工智能软件工程师", "人工智能产品经理", "人工智能顾问",
                 "人工智能初创公司创始人", "数据标注主管", "机器学习运维工程师", "计算机视觉工程师", "语音识别工程师"]


def forty():
    roles = []
    for i in range(40):
        base = ZH_ROLE_NAMES[i % len(ZH_ROLE_NAMES)]
        title = base if i % 7 else base + "（面向金融、医疗与教育行业的大型语言模型应用方向）"
        role = dict(id=f"role-{i + 1}", title=title, title_en=f"Role number {i + 1}",
                    summary=[zh_paragraph(i + 1, 2)], skills=ZH_SKILLS[:2], steps=ZH_STEPS[:1])
        if i % 5 != 4:
            role["salary"] = 90000 + (i * 7919) % 90000
        roles.append(role)
    head = dict(title="四十个人工智能职位一览", subtitle="职业指南手册", date="2024-07-12", market="美国市场")
    intro, closing = [zh_paragraph(90, 2)], [zh_paragraph(91, 2)]
    return (guide_yaml(head, intro, closing, "仅供参考。", ZH_SOURCES[:1], roles),
            reading_order(intro, closing, "仅供参考。", roles, "："))


if __name__ == "__main__":
    for name, (text, paragraphs) in (("long", zh_long()), ("long-en", en_long()), ("forty", forty())):
        with open(name + ".yaml", "w", encoding="utf-8") as out:
            out.write(text)
        with open(name + ".paragraphs.txt", "w", encoding="utf-8") as out:
            out.write("".join(p + "\n" for p in paragraphs))
