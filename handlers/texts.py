"""What the bot says outside answers: help, menus, command descriptions, in Chinese and English."""
from __future__ import annotations

# (command, Chinese description, English description), in menu order.
USER_COMMANDS = [
    ("start", "开始使用", "Start"),
    ("help", "使用帮助", "How to use the bot"),
    ("topics", "按主题浏览", "Browse by topic"),
    ("trade", "外贸数据，如 /trade 湖北 前11个月", "Trade figures, e.g. /trade Hubei Jan-Nov"),
    ("hub", "物流枢纽，如 /hub 花湖机场", "Logistics hubs, e.g. /hub Huahu"),
    ("firm", "企业出海，如 /firm 联想武汉", "Exporting firms, e.g. /firm Lenovo Wuhan"),
    ("policy", "自贸区与开放政策", "Free-trade zone and opening-up policy"),
    ("invest", "外资与对外投资", "Foreign and outward investment"),
    ("chart", "画图：/chart 湖北 2025 贸易伙伴", "A chart: /chart Wuhan trade by quarter"),
    ("new", "最近新增的数据和来源", "Facts and sources added lately"),
    ("source", "查看数据出处：/source 编号", "Where a figure comes from: /source ID"),
    ("lang", "回答语言：/lang zh|en|auto", "Reply language: /lang zh|en|auto"),
    ("about", "资料库概况", "About the fact base"),
]

TOPICS = {  # command -> (topic, Chinese label, English label)
    "trade": ("trade", "📦 外贸", "📦 Trade"),
    "hub": ("logistics", "✈️ 物流枢纽", "✈️ Logistics hubs"),
    "firm": ("firm", "🏭 企业出海", "🏭 Firms"),
    "policy": ("policy", "📜 自贸区与政策", "📜 FTZ & policy"),
    "invest": ("investment", "💰 投资", "💰 Investment"),
}

WELCOME = {
    "zh": "您好！我是<b>湖北开放经济问答机器人</b>。\n问我湖北、武汉和光谷的外贸数据，花湖机场、中欧班列等物流枢纽，"
          "出口企业，自贸区政策和外资情况，我会给出准确数字、时期和出处。\n\n例如：\n• 湖北前11个月进出口多少？\n"
          "• 花湖机场有多少条货运航线？\n• /firm 联想武汉\n\n选择一个主题开始：",
    "en": "Hello! I am the <b>Hubei Open Economy Bot</b>.\nAsk me about foreign trade of Hubei, Wuhan and "
          "Optics Valley, logistics hubs such as Huahu airport and the China-Europe Railway Express, "
          "exporting firms, free-trade-zone policy and investment. Every figure comes with its period and "
          "source.\n\nFor example:\n"
          "• How much did Wuhan export in the first half of 2024?\n• Huahu airport how many cargo routes\n"
          "• /firm Lenovo Wuhan\n\nPick a topic to start:",
}

HELP = {
    "zh": "<b>怎么用</b>\n直接发问题即可，中文或英文都行，例如“光谷今年外贸咋样”。\n\n<b>命令</b>\n{commands}\n\n"
          "可以比较，如“东盟和欧盟的进出口哪个多”；可以追问，如“那出口呢？”“增长了多少？”“跟去年比呢？”，"
          "也可以用“它”“该公司”指刚才说的对象。资料库里没有您问的口径时"
          "（如只算国际航线），我会直说，并把更宽口径的数字标明给您参考。\n\n"
          "每个答案下方有按钮：查看出处、相关问题、👍/👎 反馈（只算提问人的评价）；数据能和同类数据比较时还有 📊 图表。\n"
          "在群里请 @我 或回复我的消息。\n"
          "在任何聊天里输入 @{bot} 花湖 可以分享数据卡片。",
    "en": "<b>How to use</b>\nJust send a question, in Chinese or English, e.g. \"Huahu airport how many "
          "cargo routes\".\n\n<b>Commands</b>\n{commands}\n\nCompare (\"ASEAN or EU trade, which is "
          "larger?\") and "
          "follow up (\"and exports?\", \"how fast did that grow?\", \"is that more than last year?\", "
          "\"how many countries does it reach?\"). "
          "When I only hold a broader figure (all routes, not just "
          "international ones), I say so and show it labelled.\n\n"
          "Under each answer: the source, related questions and 👍/👎 "
          "feedback (only the asker's vote counts), and 📊 Chart when the figure has comparable ones.\n"
          "In groups, mention me or reply to my message.\n"
          "In any chat, type @{bot} Huahu to share a fact card.",
}

ADMIN_HELP = {
    "zh": "\n\n<b>管理员命令</b>\n{commands}\n\n发 .csv/.json 文件：批量导入（先预览）。发文章文件（.txt/.md/.html/.docx）"
          "或 /ingest 加正文：机器人读出文中数据，给出摘要、可修改的 CSV 和“全部添加 / 只要高把握的 / 取消”按钮；"
          "找不到日期时会问你。整批撤销用 /undoingest。",
    "en": "\n\n<b>Admin commands</b>\n{commands}\n\nSend a .csv/.json file: a bulk import (previewed "
          "first). Send an article file (.txt/.md/.html/.docx) or /ingest with its text: the bot reads its "
          "figures and replies with a summary, an editable CSV and buttons (apply all / only confident "
          "ones / cancel); it asks for the date when it finds none. /undoingest takes a whole article back.",
}

MENU = {
    "zh": "{label}：点一个问题，或者在命令后面直接写问题（如 /{cmd} 湖北）。",
    "en": "{label}: tap a question, or write one after the command (e.g. /{cmd} Hubei).",
}
TOPICS_TITLE = {"zh": "选择主题：", "en": "Choose a topic:"}
LANG_SET = {"zh": "好的，之后用中文回答。", "en": "OK, I will answer in English.", "auto": "OK, I will answer in "
            "the language you write in. 好的，按提问的语言回答。"}
LANG_USAGE = "用法 Usage: /lang zh | en | auto"
SOURCE_USAGE = {"zh": "用法：/source 编号（编号在答案的“来源”按钮里）。",
                "en": "Usage: /source ID (the id is shown under the Source button of an answer)."}
NO_FACT = {"zh": "没有编号为 {id} 的数据。", "en": "No fact with id {id}."}
TOO_FAST = {"zh": "消息有点多，请稍等一会儿再问。", "en": "That is a lot of messages; please wait a moment."}
READ_ONLY = {"zh": "资料库现在是只读的，这个改动没有保存；提问照常可以。",
             "en": "The database is read-only right now, so this was not saved; questions still work."}
ERROR = {"zh": "抱歉，出了点问题，请稍后再试。", "en": "Sorry, something went wrong. Please try again in a moment."}
THANKS = {"zh": "谢谢反馈！", "en": "Thanks for the feedback!"}
NOT_YOURS = {"zh": "只有提问的人可以评价这个回答。", "en": "Only the person who asked can rate this answer."}
NOT_TEXT = {"zh": "我只能读文字问题，请用文字提问。", "en": "I can only read text questions; please type your question."}
UNKNOWN_COMMAND = {"zh": "没有这个命令。发送 /help 查看可用命令，或者直接提问。",
                   "en": "I do not know that command. Send /help for the list, or just ask a question."}
ABOUT = {
    "zh": "<b>资料库</b>\n数据条数：{facts}\n来源文章：{sources}\n实体：{entities}\n最近更新：{updated}\n\n来源：\n{list}",
    "en": "<b>The fact base</b>\nFacts: {facts}\nSource articles: {sources}\nEntities: {entities}\n"
          "Last update: {updated}\n\nSources:\n{list}",
}
BUTTONS = {"source": {"zh": "📰 出处", "en": "📰 Source"}, "chart": {"zh": "📊 图表", "en": "📊 Chart"}}
INLINE_EMPTY = {"zh": "输入关键词，如：花湖 航线", "en": "Type keywords, e.g. Huahu routes"}

# Admin commands: (name, Chinese help, English help); shown in /help and the admins' menu.
ADMIN_COMMANDS: list[tuple[str, str, str]] = [
    ("addfact", "添加数据（分步或一行）", "Add a fact (step by step or one line)"),
    ("editfact", "修改数据：/editfact 编号 字段 新值", "Edit a fact: /editfact ID field value"),
    ("delfact", "删除数据（可恢复）", "Delete a fact (restorable)"),
    ("restore", "恢复已删除的数据", "Restore a deleted fact"),
    ("addsource", "添加来源文章", "Add a source article"),
    ("addalias", "给实体加别名：/addalias 实体 别名1|别名2", "Add names to an entity: /addalias ENTITY alias1|alias2"),
    ("history", "数据修改记录", "A fact's change history"),
    ("undo", "撤销我上一次修改（整批导入则整批撤销）", "Undo my last change (a whole ingestion or import at once)"),
    ("ingest", "读入一篇文章：/ingest 正文，或直接发文章文件", "Read an article: /ingest TEXT, or send the file"),
    ("undoingest", "撤销我上一次读入的文章（整批）", "Undo my last ingested article, whole"),
    ("export", "导出全部数据（JSON 或 csv）", "Export all facts (JSON or csv)"),
    ("gaps", "没答上的问题", "Questions the bot could not answer"),
    ("stats", "问答统计", "Question statistics"),
    ("admins", "管理员名单", "List admins"),
    ("addadmin", "添加管理员（仅所有者）", "Add an admin (owners only)"),
    ("rmadmin", "移除管理员（仅所有者）", "Remove an admin (owners only)"),
    ("cancel", "取消当前操作", "Cancel the current step"),
]
