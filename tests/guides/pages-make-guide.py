#!/usr/bin/env python3
"""Writes the pagination test guides (tests/guides/pages-*.yaml).

    python3 tests/guides/pages-make-guide.py        # rewrites every pages-*.yaml beside it

The guides are what a workshop organiser would write for 9, 14, 20 and 60 roles, in
Chinese and English: short and long summaries, long skill items and steps, notes,
links, roles without a figure, ranges, and stress paragraphs dense with closing
punctuation, Latin words, numbers, quotes and ellipses. The roles cycle through a
pool of realistic texts; the output is committed so the tests need no Python.
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

ZH_ROLES = [
    ("数据分析师", "Data analyst", 16500),
    ("机器学习工程师", "Machine learning engineer", 32000),
    ("自然语言处理工程师", "NLP engineer", 30000),
    ("计算机视觉工程师", "Computer vision engineer", (26000, 34000)),
    ("算法产品经理", "Algorithm product manager", 28000),
    ("数据标注主管", "Data annotation lead", 9800),
    ("人工智能训练师", "AI trainer", 11000),
    ("智能驾驶测试工程师", "Autonomous driving test engineer", 18500),
    ("电池管理系统工程师", "Battery management systems engineer", 24000),
    ("充电桩运维工程师", "Charging station maintenance engineer", None),
    ("大模型应用开发工程师", "LLM application developer", 35000),
    ("人工智能伦理顾问", "AI ethics consultant", None),
    ("数据安全合规专员", "Data security compliance officer", 15000),
    ("机器人运维工程师", "Robot maintenance engineer", 13500),
    ("用户体验研究员", "UX researcher", 17000),
    ("提示词工程师", "Prompt engineer", (20000, 26000)),
    ("智能客服运营", "Chatbot operations specialist", 8800),
    ("云平台架构师", "Cloud platform architect", 38000),
    ("嵌入式软件工程师", "Embedded software engineer", 19000),
    ("人工智能初创公司创始人", "AI startup founder", None),
]

ZH_SUMMARIES = [
    "负责把业务问题转化为可以用数据回答的问题，搭建指标体系，定期给团队出具分析报告。",
    "设计、训练并上线机器学习模型（包括推荐、风控和预测模型），与数据工程师一起维护特征和训练流水线。\n\n"
    "日常工作里，写代码和调参只占一半，另一半是和业务方一起弄清楚“到底要解决什么问题”。",
    "开发文本分类、信息抽取、对话系统等自然语言处理（NLP）功能；近两年越来越多的工作是基于大模型（LLM）做微调、评测和检索增强（RAG）。",
    "让机器“看懂”图片和视频：检测、分割、跟踪……应用在质检、安防、医疗影像和智能驾驶等场景。",
    "站在用户、算法和业务之间，决定产品做什么、先做什么，并用数据检验效果。",
]

ZH_STRESS = (
    "注意：“Claude 和 Llama”“GPT-4o 与 Gemini 1.5 Pro”这类名字原样保留（含空格）。"
    "常见说法有“RAG（检索增强生成）”“Agent（智能体）”“SFT（监督微调）”……"
    "资料见：https://example.org/guide。薪资区间 ¥15,000–¥25,000（税前）；"
    "涨幅约 12.5%。他说：“先学 Python，再学 PyTorch。”——这是经验之谈！"
    "（注：数据截至 2024 年 6 月。）《人工智能岗位白皮书》、《2024 年就业报告》均有提及。"
    "“做中学”，“学中做”。……就这样！！？"
)

ZH_SKILLS = [
    ["熟练使用 SQL 和 Python", "能把分析结论讲给不懂技术的同事听，并且给出可以执行的建议，而不只是一堆图表", "对业务有好奇心"],
    ["扎实的数学基础：线性代数、概率论和最优化", "熟悉 PyTorch 或 TensorFlow 等深度学习框架", "有把模型部署到生产环境、监控效果并持续迭代的经验，能独立排查线上问题"],
    ["细心、耐心", "沟通能力强"],
]

ZH_STEPS = [
    [("先学基础", "从一门 Python 入门课开始，每天练习一小时，坚持三个月。"),
     ("做个项目", "找一个公开数据集，完整地做一次分析：提出问题、清洗数据、建模、写报告，再把代码放到网上。"
      "项目不用大，但要能讲清楚你为什么这样做、结果说明了什么、还有哪些不足；面试时，这往往比证书更有说服力。"),
     ("找人请教", "在社区或学校里找一位做这行的前辈，请他看看你的项目，指出最需要改进的地方。")],
    [("从身边做起", "在现在的岗位上找一个可以用数据或模型改进的小环节，先做出一个看得见的结果。")],
]

ZH_NOTES = [
    "这个岗位在一线城市的需求最多，二三线城市的机会正在增加。",
    "很多公司接受非科班出身的候选人，前提是作品集足够扎实。转行的朋友可以先从外包或实习项目做起，"
    "积累半年到一年的实际经验，再去申请全职岗位。\n\n" + ZH_STRESS,
    "",
]

EN_ROLES = [
    ("Data analyst", 72000), ("Machine learning engineer", 148000),
    ("Natural language processing engineer", 139000), ("Computer vision engineer", (118000, 152000)),
    ("AI product manager", 146000), ("Data annotation team lead", 58000),
    ("Diagnostic medical sonographer", 84000), ("Autonomous vehicle test driver", 52000),
    ("Battery management systems engineer", 121000), ("EV charging technician", None),
    ("Large language model application developer", 155000), ("AI ethics and governance consultant", None),
    ("Data privacy compliance officer", 97000), ("Robotics maintenance technician", 61000),
    ("User experience researcher", 104000), ("Prompt engineer", (110000, 135000)),
    ("Conversational AI operations specialist", 55000), ("Cloud platform architect", 168000),
    ("Embedded software engineer", 113000), ("AI startup founder", None),
]

EN_SUMMARIES = [
    "Turns business questions into questions data can answer, builds dashboards and reports what the numbers say.",
    "Designs, trains and ships machine learning models (recommendation, fraud and forecasting), and keeps the "
    "feature and training pipelines running with the data engineers.\n\n"
    "Half of the job is code and tuning; the other half is working out with the business what problem is worth solving.",
    "Builds text classification, information extraction and chat features (NLP); more and more of the work is "
    "fine-tuning, evaluating and grounding large language models (LLMs) with retrieval.",
    "Teaches machines to read images and video: detection, segmentation, tracking... for inspection, security, "
    "medical imaging and driver assistance.",
    "Stands between users, models and the business: decides what the product does first and checks the result with data.",
]

EN_SKILLS = [
    ["SQL and Python", "Explaining findings to colleagues who are not technical, with a recommendation they can act on rather than a pile of charts", "Curiosity about the business"],
    ["Linear algebra, probability and optimisation", "PyTorch or TensorFlow", "Deploying a model to production, watching how it behaves and improving it, including finding the cause of problems on your own"],
    ["Patience and care", "Clear writing"],
]

EN_STEPS = [
    [("Learn the basics", "Start with an introductory Python course and practise an hour a day for three months."),
     ("Build a project", "Take a public data set and carry one analysis all the way through: ask a question, clean the data, "
      "model it, write it up and publish the code. It need not be big, but you should be able to say why you did what you did, "
      "what the result means and where it falls short; in an interview that often counts for more than a certificate."),
     ("Ask for advice", "Find someone who does the job, through a meetup or your college, and ask them to review your project.")],
    [("Start where you are", "Find one small step in your current job that data or a model could improve, and show a result.")],
]

EN_NOTES = [
    "Demand is highest in large cities, but remote roles are becoming more common.",
    "Many employers hire people without a computer science degree if their portfolio is strong. If you are changing careers, "
    "start with contract or internship work and gather six months to a year of real experience before applying for a full-time role.\n\n"
    "Names keep their spaces: Claude and Llama, GPT-4o, Gemini 1.5 Pro. Terms such as RAG (retrieval-augmented generation), "
    "SFT and RLHF... see https://example.org/guide. Pay $55,000-$75,000 (before tax); \"learn Python first, then PyTorch.\"",
    "",
]


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def block(text, indent):
    pad = " " * indent
    return "|\n" + "\n".join((pad + line) if line else "" for line in text.split("\n")) + "\n"


def salary_yaml(salary, pad):
    if salary is None:
        return ""
    if isinstance(salary, tuple):
        return f"{pad}salary: {{min: {salary[0]}, max: {salary[1]}}}\n"
    return f"{pad}salary: {salary}\n"


def role_yaml(i, zh, title, title_en, salary, no_figure_note):
    s = f"  - id: role-{i + 1}\n    title: {quote(title)}\n"
    if title_en:
        s += f"    title_en: {quote(title_en)}\n"
    s += salary_yaml(salary, "    ")
    if salary is None:
        s += f"    salary_note: {quote(no_figure_note)}\n"
    summaries, skills, steps, notes = (ZH_SUMMARIES, ZH_SKILLS, ZH_STEPS, ZH_NOTES) if zh else \
        (EN_SUMMARIES, EN_SKILLS, EN_STEPS, EN_NOTES)
    s += "    summary: " + block(summaries[i % len(summaries)], 6)
    if i % 4 != 3:
        s += "    skills:\n" + "".join(f"      - {quote(k)}\n" for k in skills[i % len(skills)])
    if i % 5 != 4:
        s += "    getting_started:\n"
        for lead, text in steps[i % len(steps)]:
            s += f"      - lead: {quote(lead)}\n        text: {quote(text)}\n"
    note = notes[i % len(notes)]
    if note:
        s += "    notes: " + block(note, 6)
    if i % 3 == 1:
        label = "行业报告" if zh else "Industry report"
        s += f"    links:\n      - label: {quote(label)}\n        url: https://example.org/reports/role-{i + 1}\n"
    return s


def guide_yaml(zh, count, title, monthly):
    if zh:
        head = (f"format: 1\ntitle: {quote(title)}\nsubtitle: 职业指南手册\nlanguage: zh-CN\ndate: 2024-09-01\n"
                "market: 中国一线城市\n"
                "intro: |\n  想转行，又不知道从哪里开始？这本手册整理了招聘网站上需求最旺的岗位。\n\n"
                "  每个岗位都写了它做什么、需要什么技能，以及第一步可以怎么走。薪资是税前月薪的平均值，只供参考。\n\n"
                f"  {ZH_STRESS}\n\n"
                "  读完以后，挑一两个感兴趣的岗位，按“入门方法”里的建议试一试。\n"
                "closing: |\n  转行不容易，但每一步都算数。祝你找到合适的方向！\n"
                "disclaimer: 薪资为招聘网站公开岗位的税前月薪平均值，单位为人民币，仅供参考。\n"
                "sources:\n  - publisher: 示例招聘研究院\n    title: 2024年热门岗位薪酬报告\n    date: 2024-08-15\n"
                "    url: https://example.org/report-2024\n"
                f"currency:\n  code: CNY\n  symbol: \"¥\"\n  name: 元\n  period: {'month' if monthly else 'year'}\n")
    else:
        head = (f"format: 1\ntitle: {quote(title)}\nsubtitle: Career guide\nlanguage: en\ndate: 2024-09-01\n"
                "market: US market\n"
                "intro: |\n  Thinking of a change but not sure where to start? This guide collects the roles employers are hiring for most.\n\n"
                "  For each role you will find what it involves, the skills it needs and a first step you can take. Salaries are "
                "yearly averages before tax, for guidance only.\n\n"
                "  Pick one or two roles that interest you and try the first step this month.\n"
                "closing: |\n  Changing careers is hard, but every step counts. Good luck!\n"
                "disclaimer: Salaries are US averages in US dollars per year, for guidance only.\n"
                "sources:\n  - publisher: Example Labour Institute\n    title: Salary Report 2024\n    date: 2024-08-15\n"
                "currency:\n  code: USD\n  symbol: \"$\"\n  period: year\n")
    roles = []
    for i in range(count):
        if zh:
            title_zh, title_en, salary = ZH_ROLES[i % len(ZH_ROLES)]
            suffix = "" if i < len(ZH_ROLES) else f"（{i // len(ZH_ROLES) + 1}）"
            note = "招聘信息里很少写明薪资，暂无可靠的平均数据。"
            roles.append(role_yaml(i, True, title_zh + suffix, title_en, salary, note))
        else:
            title_en, salary = EN_ROLES[i % len(EN_ROLES)]
            suffix = "" if i < len(EN_ROLES) else f" ({i // len(EN_ROLES) + 1})"
            note = "Job adverts rarely state pay; there is no reliable average."
            roles.append(role_yaml(i, False, title_en + suffix, None, salary, note))
    return head + "roles:\n" + "\n".join(roles)


GUIDES = [
    ("pages-zh-9.yaml", True, 9, "新能源汽车行业的9个热门岗位", True),
    ("pages-en-14.yaml", False, 14, "Fourteen Jobs in Artificial Intelligence Worth a Close Look in 2024", False),
    ("pages-zh-14.yaml", True, 14, "2024年人工智能领域的14个热门岗位", True),
    ("pages-zh-20.yaml", True, 20, "人工智能与新能源领域的20个热门岗位", True),
    ("pages-en-20.yaml", False, 20, "Twenty Roles in AI and Clean Energy", False),
    ("pages-zh-60.yaml", True, 60, "2024年60个热门岗位薪资一览", True),
    ("pages-en-60.yaml", False, 60, "Sixty Roles and What They Pay in 2024", False),
]

if __name__ == "__main__":
    for name, zh, count, title, monthly in GUIDES:
        text = "# Generated by pages-make-guide.py; edit that script, not this file.\n" + guide_yaml(zh, count, title, monthly)
        (HERE / name).write_text(text, encoding="utf-8")
