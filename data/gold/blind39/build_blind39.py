#!/usr/bin/env python3
"""Build ``blind39.jsonl``: the thirty-ninth batch of blind test articles (session 17).

10 invented 2016 long feature stories and profiles in which named and unnamed people speak in turn,
with many pronoun sources, each with 16-21 attributions, written and annotated by a helper session
that never read claimtrace's code, tests or data; see NOTES.md.

Usage: ``python data/gold/blind39/build_blind39.py [--check]`` (``--check``: exit 1 if
blind39.jsonl is stale).

The helper's own notes on the format follow.

Build the blind39 test set: 10 invented 2016-style political feature stories
with hand annotations of attributions. Offsets are computed, never typed.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
  SOURCE is "-" for no source (null).
  CONTENT fragments (discontinuous content) are separated by " ## ".
  Any field may mark its span inside a longer unique context with [[...]],
  e.g. "[[he]] said, pointing" -> the span "he" inside that unique context.
Resolution without a context: CONTENT (first fragment) must occur exactly once;
later fragments are the first occurrence after the previous fragment.
CUE = the whole-word occurrence nearest to the content (not overlapping it);
SOURCE = the whole-word occurrence nearest to the cue (not overlapping cue or content).
Cue, source and content must lie in the same paragraph.
Docs r06-r10 are written with straight quotes here and converted to curly quotes
(text and annotations alike) by smart(); r01-r05 keep straight quotes.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

def smart(s):
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i > 0 else ""
        if ch == '"':
            out.append("\u201c" if (prev == "" or prev.isspace() or prev in "([\u2014") else "\u201d")
        elif ch == "'":
            if prev and prev.isalnum():
                out.append("\u2019")
            elif prev == "" or prev.isspace() or prev in "([\u2014\u201c":
                out.append("\u2018")
            else:
                out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)

DOCS = []

def doc(doc_id, text, ann):
    DOCS.append((doc_id, text.strip("\n"), ann.strip("\n")))

# ---------------------------------------------------------------- r01
doc("r01", """
Conway Brings a Pollster's Calm to a Campaign Built on Chaos

NEW YORK — On the morning after she became the third person to run Donald J. Trump's presidential campaign in as many months, Kellyanne Conway sat at a corner table in the Trump Tower cafe with a yellow legal pad and a cup of black coffee. She said she had slept four hours.

"I'm not here to change who he is," Ms. Conway said. "I'm here to make sure more people hear him."

Ms. Conway, 49, has spent two decades as a Republican pollster, building a business on the study of how women voters react to conservative candidates. She grew up in Atco, N.J., the daughter of a single mother, and worked summers packing blueberries on a farm near her home. Former colleagues say she rarely raises her voice.

"She can walk into a room full of men shouting at each other and lower the temperature in about five minutes," said one Republican strategist who has worked with her on several campaigns. He spoke on condition of anonymity because he still does business with the party. He recalled that during a House race in the 1990s she had talked a furious candidate out of firing his entire staff the night before a debate.

The job in front of her now is harder. Mr. Trump's poll numbers have sagged since the Democratic convention, and several of his advisers concede that he trails Hillary Clinton in nearly every battleground state. A Quinnipiac University poll released Thursday showed him eight points behind Mrs. Clinton in Pennsylvania. He has visited that state more than any other this summer.

Mr. Trump, for his part, has told associates that he does not need a turnaround. He believes the polls undercount his supporters, according to two people who have spoken with him this week.

In her first week, Ms. Conway has done something her predecessors did not: she has gone on television nearly every morning and answered questions about the candidate's stumbles without attacking the people asking them. Hope Hicks, the campaign's 27-year-old press secretary, who rarely speaks on the record, has watched many of the appearances from the back of a control room.

"She told me the first rule is that you never let them see you sweat," Ms. Hicks said. "She doesn't."

Ms. Conway has argued for months that Mr. Trump's problem with suburban women is one of tone, not policy. On Wednesday she told reporters that the campaign would spend more money in the suburbs of Philadelphia and Denver, and that she expected the candidate to read more of his speeches from a teleprompter.

Not everyone is convinced. Some donors who met with Ms. Conway in New Jersey last week said they left unsure whether anyone could get the nominee to stick to a script.

"He listens to her for a day, maybe two," said one of them, a retired banker from Bergen County. "Then he watches cable news and it's over."

Her husband, George T. Conway III, a lawyer in New York, said in a brief phone interview that his wife had thought hard before taking the job. The couple have four children, and the campaign will keep her away from home most weeks until November.

"She doesn't do anything halfway," he said.

A statement issued by the campaign on Friday said she would report directly to Mr. Trump and work alongside Stephen K. Bannon, the campaign's new chief executive.

Mr. Trump himself has been effusive. "Kellyanne is a star," he told a rally in Ohio on Tuesday. "They love her on television."

The praise has not always lasted. Aides to two of his former campaign managers said the candidate's warmth had cooled quickly once the coverage turned critical, and they predicted the same would happen again.

Ms. Conway laughed when the subject came up, and pushed her legal pad aside. "Ask me in November," she said.
""", """
said || She || she had slept four hours || named_person
said || Ms. Conway || "I'm not here to change who he is," ## "I'm here to make sure more people hear him." || named_person
say || Former colleagues || she rarely raises her voice || anonymous
said || one Republican strategist who has worked with her on several campaigns || "She can walk into a room full of men shouting at each other and lower the temperature in about five minutes," || anonymous
recalled || He || during a House race in the 1990s she had talked a furious candidate out of firing his entire staff the night before a debate || anonymous
concede || several of his advisers || he trails Hillary Clinton in nearly every battleground state || anonymous
showed || A Quinnipiac University poll released Thursday || him eight points behind Mrs. Clinton in Pennsylvania || document
has told || Mr. Trump || he does not need a turnaround || named_person
according to || two people who have spoken with him this week || He believes the polls undercount his supporters || anonymous
said || Ms. Hicks || "She told me the first rule is that you never let them see you sweat," ## "She doesn't." || named_person
has argued || Ms. Conway || Mr. Trump's problem with suburban women is one of tone, not policy || named_person
told || she || the campaign would spend more money in the suburbs of Philadelphia and Denver, and that she expected the candidate to read more of his speeches from a teleprompter || named_person
said || Some donors who met with Ms. Conway in New Jersey last week || they left unsure whether anyone could get the nominee to stick to a script || anonymous
said || one of them, a retired banker from Bergen County || "He listens to her for a day, maybe two," ## "Then he watches cable news and it's over." || anonymous
said || Her husband, George T. Conway III, a lawyer in New York || his wife had thought hard before taking the job || named_person
said || he || "She doesn't do anything halfway," || named_person
said || A statement issued by the campaign on Friday || she would report directly to Mr. Trump and work alongside Stephen K. Bannon, the campaign's new chief executive || document
told || he || "Kellyanne is a star," ## "They love her on television." || named_person
said || Aides to two of his former campaign managers || the candidate's warmth had cooled quickly once the coverage turned critical || anonymous
predicted || they || the same would happen again || anonymous
said || she || "Ask me in November," || named_person
""")

# ---------------------------------------------------------------- r02
doc("r02", """
In Burlington, Sanders Weighs What Comes After the Revolution

BURLINGTON, Vt. — Three weeks after he endorsed Hillary Clinton, Senator Bernie Sanders spent a rainy Saturday morning at the farmers' market here, shaking hands with people who have known him for 40 years. Several of them said he looked tired.

"He looks like a man who finally got some sleep," countered Jane O'Meara Sanders, his wife, as she waited for him beside a stand selling maple syrup.

Burlington is where Mr. Sanders began his political career, winning the mayor's office in 1981 by 10 votes. The city has changed since then, with new condominiums along the lake and a waiting list for stalls at the market, but the senator still shops at the same ones.

The senator has not decided how he will use the movement he built during the primaries, and aides say he is in no hurry. He has spent much of August at the couple's lake house, reading and answering letters from supporters.

Mr. Sanders and his closest advisers have spent the summer debating the question in long conference calls. They believe the roughly 13 million people who voted for him in the primaries can be organized into a force that pulls the Democratic Party to the left for a decade.

Jeff Weaver, his campaign manager, said the new organization would be announced within weeks. "We're not going to let this energy just dissipate," Mr. Weaver said. "That would be a betrayal of the people who gave us $27 at a time."

Not everyone in the Sanders orbit is on board. One former staff member said some aides wanted the senator to focus on his own re-election in 2018 rather than on building a national group. He spoke on condition of anonymity to discuss internal deliberations. He said the debate had grown heated at times, with one adviser hanging up on another.

Mr. Sanders said there had been no such debate. "I've been re-elected in Vermont by pretty good margins," he said with a dry laugh. "I think I can walk and chew gum."

Down the row of stalls, Kathy Lavoie, a retired schoolteacher who has lived two doors from the Sanderses since 1985, said she had voted for him in every race he had ever run, starting with his first campaign for mayor. She said she was less sure about Mrs. Clinton.

"Bernie asked us to vote for her, so I probably will," she said. "But I'm going to hold my nose."

Her neighbor across the street, a carpenter who declined to give his name, said he planned to vote for Jill Stein, the Green Party candidate. He had a Sanders sticker on his truck and a Stein sign in his window.

National polls suggest that most of Mr. Sanders's supporters have moved to Mrs. Clinton. A Pew Research Center survey released this month found that about 85 percent of voters who backed him in the primaries now support her.

The Clinton campaign has worked to keep it that way. Robby Mook, her campaign manager, told reporters in Brooklyn last week that Mr. Sanders would campaign for her in at least six states in September, most of them with large college campuses.

Back at the market, Mr. Sanders bought a bag of apples and a loaf of bread and turned to leave. A woman in a rain jacket called out that she had given him $50 and wanted to know what came next.

"Stay tuned," he told her.
""", """
said || Several of them || he looked tired || anonymous
countered || Jane O'Meara Sanders, his wife || "He looks like a man who finally got some sleep," || named_person
say || aides || he is in no hurry || anonymous
believe || They || the roughly 13 million people who voted for him in the primaries can be organized into a force that pulls the Democratic Party to the left for a decade || named_person
said || Jeff Weaver, his campaign manager || the new organization would be announced within weeks || named_person
said || Mr. Weaver || "We're not going to let this energy just dissipate," ## "That would be a betrayal of the people who gave us $27 at a time." || named_person
said || One former staff member || some aides wanted the senator to focus on his own re-election in 2018 rather than on building a national group || anonymous
said || He || the debate had grown heated at times, with one adviser hanging up on another || anonymous
said || Mr. Sanders || there had been no such debate || named_person
said || he || "I've been re-elected in Vermont by pretty good margins," ## "I think I can walk and chew gum." || named_person
said || Kathy Lavoie, a retired schoolteacher who has lived two doors from the Sanderses since 1985 || she had voted for him in every race he had ever run, starting with his first campaign for mayor || named_person
said || She || she was less sure about Mrs. Clinton || named_person
said || she || "Bernie asked us to vote for her, so I probably will," ## "But I'm going to hold my nose." || named_person
said || Her neighbor across the street, a carpenter who declined to give his name || he planned to vote for Jill Stein, the Green Party candidate || anonymous
suggest || National polls || most of Mr. Sanders's supporters have moved to Mrs. Clinton || document
found || A Pew Research Center survey released this month || about 85 percent of voters who backed him in the primaries now support her || document
told || Robby Mook, her campaign manager || Mr. Sanders would campaign for her in at least six states in September, most of them with large college campuses || named_person
called out || A woman in a rain jacket || she had given him $50 and wanted to know what came next || anonymous
told || he || "Stay tuned," || named_person
""")

# ---------------------------------------------------------------- r03
doc("r03", """
In Columbus, Ind., Neighbors Size Up the Governor Trump Chose

COLUMBUS, Ind. — Long before he became governor, or the man Donald J. Trump picked to be his running mate, Mike Pence was the young lawyer who mowed his mother's lawn on Saturday mornings, according to people who grew up near the family here.

"He was polite to a fault," said Martha Ruble, 81, his former Sunday school teacher. "You'd have thought he was running for office at age 12."

Columbus is a small city of modern churches and engine plants about 45 miles south of Indianapolis, and the Pence family ran a chain of gas stations in the area for years. Mr. Pence's older brother Greg still lives nearby.

Mr. Pence was elected governor in 2012 after six terms in the House, where he led the conservative Republican Study Committee and clashed at times with his own party's leaders over spending. In Indianapolis he has cut income taxes, expanded a voucher program for private schools and fought with the state's schools superintendent, a Democrat, for much of his first term.

The governor's allies say his reputation for courtesy is exactly what the Republican ticket needs. They argue that Mr. Pence, a former talk-radio host who served 12 years in Congress, can reassure conservatives who distrust Mr. Trump's shifting positions on abortion and trade.

Mr. Trump told a crowd in Indianapolis last month that his running mate was "solid as a rock" and "the kind of guy you want next to you in a foxhole."

Democrats say his record in Indiana, where he signed a religious freedom law in 2015 that set off a national boycott before he agreed to amend it, shows that his gentle manner hides a hard-line conservative.

John Gregg, the Democrat who lost to Mr. Pence by three points in 2012 and is running for governor again this year, said the courtesy was real but beside the point.

"Mike will smile at you while he signs the bill you begged him to veto," Mr. Gregg said.

Inside the statehouse, the picture is of a man with fixed routines. He reads the Bible each morning, one longtime aide said, and he rarely eats a meal without his wife, Karen. The aide said the governor had been surprised by Mr. Trump's call in July, and that he had asked for a night to pray about it.

"He didn't sleep much that night," the aide said.

In a statement released by the campaign, Karen Pence said her husband "has always been guided by faith and by family, in that order."

He has also been guided by ambition, say some former colleagues in Congress. One of them, a Republican who served with him on the House Judiciary Committee, said Mr. Pence had weighed a presidential run of his own as recently as last year, and had met with donors in Iowa before deciding against it.

Campaigning in Waukesha, Wis., on Friday, he told reporters he had never given a White House run serious thought. "I'm honored to be on the ticket, and that's all I'm thinking about," the governor said.

Back in Columbus, Ms. Ruble said she would put a Trump-Pence sign in her front yard. It will be her first political sign in 60 years.

"I'm voting for Mike," she said. "The other fellow I'll have to get used to."
""", """
according to || people who grew up near the family here || Long before he became governor, or the man Donald J. Trump picked to be his running mate, Mike Pence was the young lawyer who mowed his mother's lawn on Saturday mornings || anonymous
said || Martha Ruble, 81, his former Sunday school teacher || "He was polite to a fault," ## "You'd have thought he was running for office at age 12." || named_person
say || The governor's allies || his reputation for courtesy is exactly what the Republican ticket needs || anonymous
argue || They || Mr. Pence, a former talk-radio host who served 12 years in Congress, can reassure conservatives who distrust Mr. Trump's shifting positions on abortion and trade || anonymous
told || Mr. Trump || his running mate was "solid as a rock" and "the kind of guy you want next to you in a foxhole." || named_person
say || Democrats || his record in Indiana, where he signed a religious freedom law in 2015 that set off a national boycott before he agreed to amend it, shows that his gentle manner hides a hard-line conservative || named_org
said || John Gregg, the Democrat who lost to Mr. Pence by three points in 2012 and is running for governor again this year || the courtesy was real but beside the point || named_person
said || Mr. Gregg || "Mike will smile at you while he signs the bill you begged him to veto," || named_person
said || one longtime aide || He reads the Bible each morning ## and he rarely eats a meal without his wife, Karen || anonymous
said || The aide || the governor had been surprised by Mr. Trump's call in July, and that he had asked for a night to pray about it || anonymous
said || the aide || "He didn't sleep much that night," || anonymous
said || Karen Pence || her husband "has always been guided by faith and by family, in that order." || named_person
say || some former colleagues in Congress || He has also been guided by ambition || anonymous
said || One of them, a Republican who served with him on the House Judiciary Committee || Mr. Pence had weighed a presidential run of his own as recently as last year, and had met with donors in Iowa before deciding against it || anonymous
told || he || he had never given a White House run serious thought || named_person
said || the governor || "I'm honored to be on the ticket, and that's all I'm thinking about," || named_person
said || Ms. Ruble || she would put a Trump-Pence sign in her front yard || named_person
said || she || "I'm voting for Mike," ## "The other fellow I'll have to get used to." || named_person
""")

# ---------------------------------------------------------------- r04
doc("r04", """
Ryan, Torn Between Party and Nominee, Finds Refuge at Home in Janesville

JANESVILLE, Wis. — On most weekends this summer, Speaker Paul D. Ryan has flown home from Washington on Thursday night and spent Friday morning at a diner on Milwaukee Street, where the waitresses know his order and the regulars know better than to ask about Donald J. Trump.

Janesville, a city of 64,000 on the Rock River, lost its General Motors assembly plant in 2008, and the empty site on the south side of town is a few minutes' drive from the house where Mr. Ryan grew up. He still lives in the same neighborhood, in a brick house a few blocks from his childhood home.

Some ask anyway. "I told him he ought to just say what he thinks about the guy," said Dale Krueger, 67, a retired General Motors worker who has known Mr. Ryan since he was a boy. "He said he was working on it."

The speaker's friends say the past four months have been the most difficult of his career. He endorsed Mr. Trump in June after weeks of hesitation, and has since criticized the nominee at least a half-dozen times, over a Muslim ban, a federal judge and a Gold Star family.

Mr. Ryan and his advisers have settled on a strategy. They think the speaker can protect the House majority by running on the policy agenda that House Republicans released in June and by talking about Mr. Trump as little as possible.

"Paul's view is that you control what you can control," said Kevin Seifert, a longtime adviser. "He can't control the top of the ticket."

The approach has its skeptics. One House Republican from a swing district in Pennsylvania said the strategy had left rank-and-file members on their own.

"Every day I get asked about Trump, and every day the answer from leadership is, 'Talk about the agenda,'" the lawmaker said. He spoke on condition of anonymity to speak candidly about the speaker.

Conservative activists are frustrated for the opposite reason. They believe the speaker has undermined the nominee at every turn.

Mr. Trump has noticed. In an interview with The Washington Post last week, he declined to endorse Mr. Ryan in his primary against Paul Nehlen, a businessman running to his right. He said he was "just not quite there yet." The Post reported that Mr. Trump's aides had urged him for days to make peace with the speaker.

Mr. Nehlen has tried to make the race about Mr. Trump. He told supporters at a rally in Kenosha on Saturday that the speaker "has stabbed our nominee in the back."

It has not worked so far. A Marquette Law School poll released in July found Mr. Ryan leading Mr. Nehlen by more than 60 points among likely Republican primary voters. Mr. Ryan has said he will vote for Mr. Trump in November.

At the diner, a waitress said the speaker tipped well and never talked politics at the counter. She spoke on condition of anonymity because her manager had not approved the interview.

"He just wants his eggs," she said.

His wife, Janna, told The Janesville Gazette in June that the family had talked about the campaign around the dinner table with their three children.

"Our kids had a lot of questions," she said. "Paul had some answers."
""", """
said || Dale Krueger, 67, a retired General Motors worker who has known Mr. Ryan since he was a boy || "I told him he ought to just say what he thinks about the guy," ## "He said he was working on it." || named_person
say || The speaker's friends || the past four months have been the most difficult of his career || anonymous
think || They || the speaker can protect the House majority by running on the policy agenda that House Republicans released in June and by talking about Mr. Trump as little as possible || named_person
said || Kevin Seifert, a longtime adviser || "Paul's view is that you control what you can control," ## "He can't control the top of the ticket." || named_person
said || One House Republican from a swing district in Pennsylvania || the strategy had left rank-and-file members on their own || anonymous
said || the lawmaker || "Every day I get asked about Trump, and every day the answer from leadership is, 'Talk about the agenda,'" || anonymous
believe || They || the speaker has undermined the nominee at every turn || anonymous
said || He || he was "just not quite there yet." || named_person
reported || The Post || Mr. Trump's aides had urged him for days to make peace with the speaker || media
told || He || the speaker "has stabbed our nominee in the back." || named_person
found || A Marquette Law School poll released in July || Mr. Ryan leading Mr. Nehlen by more than 60 points among likely Republican primary voters || document
has said || Mr. Ryan || he will vote for Mr. Trump in November || named_person
said || a waitress || the speaker tipped well and never talked politics at the counter || anonymous
said || she || "He just wants his eggs," || anonymous
told || His wife, Janna || the family had talked about the campaign around the dinner table with their three children || named_person
said || she || "Our kids had a lot of questions," ## "Paul had some answers." || named_person
""")

# ---------------------------------------------------------------- r05
doc("r05", """
After the Boos, Cruz Retreats to Texas and Plots a Long Game

HOUSTON — Two weeks after delegates in Cleveland booed him off the convention stage, Senator Ted Cruz stood before a friendly crowd at a Baptist church here on Sunday and said he had no regrets.

"I gave my word that I would not stand by while my wife and my father were attacked," the senator said, to sustained applause. "And I keep my word."

The church, in a leafy neighborhood west of downtown, has been a regular stop for Mr. Cruz since his first Senate race in 2012. On Sunday the pews were full, and a youth choir sang before he spoke. Several members of the congregation wore stickers from his presidential campaign, which ended in May after he lost the Indiana primary.

His wife, Heidi, sat in the front row beside their two daughters. She told a reporter afterward that the family had prayed about the convention speech for days before he delivered it.

Mr. Cruz's advisers say the speech, though it angered many Republicans in the hall, will look prescient if Mr. Trump loses in November. They believe he is positioned to be the party's front-runner in 2020, and they have begun meeting with donors about a new political action committee.

Some of those donors are not so sure. A Dallas oilman who gave more than $100,000 to a super PAC supporting Mr. Cruz during the primaries said the senator had "burned a lot of bridges in one night."

"I like Ted, but he made it about Ted," he said. He spoke on condition of anonymity because he has business ties to the Trump family.

Mr. Trump, for his part, has shown no sign of forgetting. At a rally in Virginia last week, the billionaire said he would not accept Mr. Cruz's endorsement even if it were offered.

"Don't need it," he said. "Don't want it."

The feud has put Texas Republicans in an awkward spot. Gov. Greg Abbott said he hoped the two men would "put this behind them for the good of the country." A University of Texas/Texas Tribune poll conducted in June found that 52 percent of Texas Republicans held a favorable view of the senator, down from 71 percent in February.

Voters at the church were more forgiving. Linda Harmon, 58, a nurse from Pasadena, said she admired Mr. Cruz for standing on principle. Her sister, a retired bookkeeper from Beaumont, said she would vote for Mr. Trump but understood why the senator could not.

"She's more forgiving than I am," Ms. Harmon said of her sister.

The two women had arrived an hour early to get seats near the aisle, and they stayed afterward to shake the senator's hand. Ms. Harmon brought a copy of his book for him to sign.

Jason Johnson, the senator's former campaign manager, said in an interview that Mr. Cruz would campaign for Republican Senate candidates this fall in at least five states. He added that the senator had not ruled out endorsing Mr. Trump before Election Day.

As he left the church, Mr. Cruz stopped at the door of his car, and the endorsement came up one more time.

"We'll see," he said.
""", """
said || Senator Ted Cruz || he had no regrets || named_person
said || the senator || "I gave my word that I would not stand by while my wife and my father were attacked," ## "And I keep my word." || named_person
told || She || the family had prayed about the convention speech for days before he delivered it || named_person
say || Mr. Cruz's advisers || the speech, though it angered many Republicans in the hall, will look prescient if Mr. Trump loses in November || anonymous
believe || They || he is positioned to be the party's front-runner in 2020 || anonymous
said || A Dallas oilman who gave more than $100,000 to a super PAC supporting Mr. Cruz during the primaries || the senator had "burned a lot of bridges in one night." || anonymous
said || he || "I like Ted, but he made it about Ted," || anonymous
said || the billionaire || he would not accept Mr. Cruz's endorsement even if it were offered || named_person
said || he || "Don't need it," ## "Don't want it." || named_person
said || Gov. Greg Abbott || he hoped the two men would "put this behind them for the good of the country." || named_person
found || A University of Texas/Texas Tribune poll conducted in June || 52 percent of Texas Republicans held a favorable view of the senator, down from 71 percent in February || document
said || Linda Harmon, 58, a nurse from Pasadena || she admired Mr. Cruz for standing on principle || named_person
said || Her sister, a retired bookkeeper from Beaumont || she would vote for Mr. Trump but understood why the senator could not || anonymous
said || Ms. Harmon || "She's more forgiving than I am," || named_person
said || Jason Johnson, the senator's former campaign manager || Mr. Cruz would campaign for Republican Senate candidates this fall in at least five states || named_person
added || He || the senator had not ruled out endorsing Mr. Trump before Election Day || named_person
said || he || "We'll see," || named_person
""")

# ---------------------------------------------------------------- r06 (curly)
doc("r06", """
Inside Brooklyn Headquarters, Clinton's Inner Circle Braces for the Fall

NEW YORK — The 10th floor of the Clinton campaign's headquarters in Brooklyn Heights has the feel of a college library during finals week: rows of young staff members in headphones, whiteboards crowded with county names, and almost no one talking above a murmur.

That is by design, said Robby Mook, the campaign manager. He has spent more than a year trying to build an organization that does not leak, panic or surprise anyone. He rarely gives interviews and keeps his own office door open.

The office occupies two floors of a tower above a subway station, and most of the roughly 700 employees who work there are younger than 30. A sign near the elevators counts down the days to the election, and a wall near the kitchen is covered with photographs of volunteers in Iowa, Nevada and South Carolina.

"The goal is to be boring," Mr. Mook said. "Boring wins."

Hillary Clinton visits the floor about once a week, aides said, usually without warning. She is nearly always accompanied by Huma Abedin, the vice chairwoman of the campaign, who has worked for her since 1996. Staff members say the two women communicate in a kind of shorthand, and that Ms. Abedin can tell from across a room when her boss wants to leave.

She has been at Mrs. Clinton's side through two presidential campaigns and four years at the State Department, and she once told an interviewer that she had never considered working for anyone else.

The campaign's senior staff believe the race is Mrs. Clinton's to lose. An internal analysis circulated last week showed her ahead in states worth more than 300 electoral votes, according to two people who have seen it.

Still, John D. Podesta, the campaign chairman, worries that the lead is softer than it looks.

"People tell pollsters one thing in August and do another thing in November," he said in an interview. "I've seen it happen."

Mr. Podesta and his deputies have spent weeks preparing for the debates. They think Mr. Trump will be more disciplined on stage than he was in the primaries, and they have staged mock debates with Philippe Reines, a longtime adviser, playing the Republican nominee.

"He's unnervingly good at it," one participant said of Mr. Reines.

Politico reported this month that the campaign had more than 150 paid staff members in Ohio alone. Jason Miller, a spokesman for Mr. Trump, said Mrs. Clinton's organization was "a very expensive machine built for an election that isn't happening."

Mrs. Clinton has also had to manage advice from home. Former President Bill Clinton calls the Brooklyn office several times a week and has pushed the staff to spend more time in rural counties, according to a campaign official. The official spoke on condition of anonymity because the official was not authorized to discuss internal matters.

Her husband's instincts are not always wrong, the official added.

Mrs. Clinton herself seems unbothered. On her campaign plane last week, she laughed when a reporter brought up the phone calls.

"He's been doing this longer than most of them have been alive," she said. "I'd be worried if he didn't call."
""", """
said || Robby Mook, the campaign manager || That is by design || named_person
said || Mr. Mook || "The goal is to be boring," ## "Boring wins." || named_person
said || aides || Hillary Clinton visits the floor about once a week ## usually without warning || anonymous
say || Staff members || the two women communicate in a kind of shorthand, and that Ms. Abedin can tell from across a room when her boss wants to leave || anonymous
told || she || she had never considered working for anyone else || named_person
believe || The campaign's senior staff || the race is Mrs. Clinton's to lose || anonymous
according to || two people who have seen it || An internal analysis circulated last week showed her ahead in states worth more than 300 electoral votes || anonymous
worries || John D. Podesta, the campaign chairman || the lead is softer than it looks || named_person
said || he || "People tell pollsters one thing in August and do another thing in November," ## "I've seen it happen." || named_person
think || They || Mr. Trump will be more disciplined on stage than he was in the primaries || named_person
said || one participant || "He's unnervingly good at it," || anonymous
reported || Politico || the campaign had more than 150 paid staff members in Ohio alone || media
said || Jason Miller, a spokesman for Mr. Trump || Mrs. Clinton's organization was "a very expensive machine built for an election that isn't happening." || named_person
according to || a campaign official || Former President Bill Clinton calls the Brooklyn office several times a week and has pushed the staff to spend more time in rural counties || anonymous
added || the official || Her husband's instincts are not always wrong || anonymous
said || she || "He's been doing this longer than most of them have been alive," ## "I'd be worried if he didn't call." || named_person
""")

# ---------------------------------------------------------------- r07 (curly)
doc("r07", """
The Candidate's Daughter Steps Into the Role of Closer

ASTON, Pa. — Ivanka Trump had been on stage for less than 30 seconds at a valve factory here on Tuesday when a woman near the front called out that she had voted for Democrats her whole life.

"Well, you're in the right place," the candidate's daughter replied, and the room laughed.

The plant employs about 200 people, and many of them stood along the back wall in safety glasses and work boots, holding signs printed by the campaign. The campaign had set up a small stage in front of a row of forklifts.

Ms. Trump, the mother of three young children, has spent most of the summer in New York, flying out for one or two events a week. She gave a prime-time speech at the Republican convention in Cleveland, introducing her father on the final night, and the campaign has since built several of her appearances around the themes of that speech.

Campaign aides say Ms. Trump, 34, has become her father's most effective surrogate with the voters he has struggled most to win: suburban women and younger professionals. Her events are smaller than his, and quieter, and they rarely run longer than half an hour.

One senior aide said Ms. Trump had pressed her father for months to release a child care plan, and that he finally agreed after she brought him a draft over dinner at Trump Tower.

"He trusts her more than anyone else in the building," the aide said.

Her husband, Jared Kushner, a real estate developer and the publisher of The New York Observer, has also become an influential adviser. Mr. Kushner and his wife speak with Mr. Trump several times a day. They believe he has been poorly served by some of the people around him, according to two people close to the family.

At the Trump Organization, where she is an executive vice president, she has a reputation as the family's most disciplined member. A former executive who worked with her on a hotel project in Washington said she read every line of every contract.

"She would find the typo on page 212," he said.

Her stepmother, Melania Trump, has made few public appearances since her convention speech in July. She has told friends that she prefers to stay in New York with her son, Barron, according to a person close to her.

Asked about Mrs. Trump on Tuesday, she said her stepmother would campaign "when the time is right."

The Clinton campaign said in a statement on Wednesday that the child care plan "leaves out millions of working families."

"It's a nice speech," Jennifer Palmieri, the campaign's communications director, told reporters. "It's not a plan."

Donna Reilly, 52, a dental hygienist from nearby Media, said she had come to see Ms. Trump, not her father. She said she was still undecided.

Her friend, a nurse who drove her to the event, said she would vote for Mrs. Clinton.

"I like the daughter," the friend said. "I don't like the father."

Mr. Trump, in a brief phone interview on Wednesday, said his daughter "could run for office someday, and she'd win."
""", """
called out || a woman near the front || she had voted for Democrats her whole life || anonymous
replied || the candidate's daughter || "Well, you're in the right place," || named_person
say || Campaign aides || Ms. Trump, 34, has become her father's most effective surrogate with the voters he has struggled most to win: suburban women and younger professionals || anonymous
said || One senior aide || Ms. Trump had pressed her father for months to release a child care plan, and that he finally agreed after she brought him a draft over dinner at Trump Tower || anonymous
said || the aide || "He trusts her more than anyone else in the building," || anonymous
according to || two people close to the family || They believe he has been poorly served by some of the people around him || anonymous
said || A former executive who worked with her on a hotel project in Washington || she read every line of every contract || anonymous
said || he || "She would find the typo on page 212," || anonymous
according to || a person close to her || She has told friends that she prefers to stay in New York with her son, Barron || anonymous
said || she || her stepmother would campaign "when the time is right." || named_person
said || The Clinton campaign || the child care plan "leaves out millions of working families." || named_org
told || Jennifer Palmieri, the campaign's communications director || "It's a nice speech," ## "It's not a plan." || named_person
said || Donna Reilly, 52, a dental hygienist from nearby Media || she had come to see Ms. Trump, not her father || named_person
said || She || she was still undecided || named_person
said || Her friend, a nurse who drove her to the event || she would vote for Mrs. Clinton || anonymous
said || the friend || "I like the daughter," ## "I don't like the father." || anonymous
said || Mr. Trump || his daughter "could run for office someday, and she'd win." || named_person
""")

# ---------------------------------------------------------------- r08 (curly)
doc("r08", """
For Obama, a Last Campaign Fought on Someone Else's Behalf

COLUMBUS, Ohio — President Obama told a crowd of 9,000 at Ohio State University on Thursday that this was his first campaign since 2004 without his own name on the ballot, and that he had never felt more nervous.

"I'm not on the ballot, but everything we've done is," he said. "Fairness is on the ballot. Decency is on the ballot."

The rally drew a young crowd, many of them students who were in middle school when Mr. Obama first ran for president. Some waited in line for more than four hours, and the arena's upper deck was closed off to make the room feel fuller. Ohio, which Mr. Obama carried twice, is among the closest states on the map this year.

Mr. Obama has campaigned for Mrs. Clinton in Pennsylvania, North Carolina and Florida since the Democratic convention, and he has more stops on his schedule for October.

White House aides say the president has thrown himself into the race with an intensity that surprised even some of them. He has asked for more campaign stops than his schedulers planned, one aide said, and he has edited his speeches late at night, adding lines about Donald J. Trump.

Josh Earnest, the White House press secretary, said on Friday that the president saw the election as a referendum on his legacy.

"He's said many times that he believes this is the most consequential election of his lifetime," Mr. Earnest told reporters.

It was announced on Friday that Mr. Obama would return to Ohio twice more before Election Day.

Some Democratic strategists worry that the president's popularity will not transfer to Mrs. Clinton. They note that many voters who like Mr. Obama personally never supported his policies.

A Gallup survey released this week found that 53 percent of Americans approved of the job he was doing. It was his highest rating since 2012.

David Axelrod, his former chief strategist, said the numbers reflected a kind of nostalgia. "People are comparing him to the two people running, not to some ideal," he said.

A former senior administration official who remains close to the president was blunter. "He's the most popular person in the party, and he knows it," the former official said.

On the flight back to Washington aboard Air Force One, he told reporters that he had spoken with Mrs. Clinton twice in the past week and that she had asked him to focus on young voters.

The New York Times reported last month that Mrs. Clinton's campaign had asked the White House for as many as three presidential appearances a week in October.

Republicans say the president's campaigning is unseemly. Reince Priebus, the chairman of the Republican National Committee, said in a statement that Mr. Obama "should be governing, not auditioning for a third term by proxy."

Outside the arena, Marcus Bell, 23, an engineering student, said he had voted for Mr. Obama in 2012, his first election, and planned to vote for Mrs. Clinton without much enthusiasm.

"She's not him," he said. "Nobody is."
""", """
told || President Obama || this was his first campaign since 2004 without his own name on the ballot, and that he had never felt more nervous || named_person
said || he || "I'm not on the ballot, but everything we've done is," ## "Fairness is on the ballot. Decency is on the ballot." || named_person
say || White House aides || the president has thrown himself into the race with an intensity that surprised even some of them || anonymous
said || one aide || He has asked for more campaign stops than his schedulers planned ## and he has edited his speeches late at night, adding lines about Donald J. Trump || anonymous
said || Josh Earnest, the White House press secretary || the president saw the election as a referendum on his legacy || named_person
told || Mr. Earnest || "He's said many times that he believes this is the most consequential election of his lifetime," || named_person
was announced || - || Mr. Obama would return to Ohio twice more before Election Day || unknown
worry || Some Democratic strategists || the president's popularity will not transfer to Mrs. Clinton || anonymous
note || They || many voters who like Mr. Obama personally never supported his policies || anonymous
found || A Gallup survey released this week || 53 percent of Americans approved of the job he was doing || document
said || David Axelrod, his former chief strategist || the numbers reflected a kind of nostalgia || named_person
said || he || "People are comparing him to the two people running, not to some ideal," || named_person
said || the former official || "He's the most popular person in the party, and he knows it," || anonymous
told || he || he had spoken with Mrs. Clinton twice in the past week and that she had asked him to focus on young voters || named_person
reported || The New York Times || Mrs. Clinton's campaign had asked the White House for as many as three presidential appearances a week in October || media
say || Republicans || the president's campaigning is unseemly || named_org
said || Reince Priebus, the chairman of the Republican National Committee || Mr. Obama "should be governing, not auditioning for a third term by proxy." || named_person
said || Marcus Bell, 23, an engineering student || he had voted for Mr. Obama in 2012, his first election, and planned to vote for Mrs. Clinton without much enthusiasm || named_person
said || he || "She's not him," ## "Nobody is." || named_person
""")

# ---------------------------------------------------------------- r09 (curly)
doc("r09", """
Comey, a Prosecutor Who Prizes Independence, Faces a Test of It

WASHINGTON — James B. Comey has told friends for years that the worst thing a prosecutor can do is care what people think of him.

This summer, the F.B.I. director has put that idea to the test. His decision in July to close the investigation of Hillary Clinton's private email server without charges, in an unusual televised statement, angered Democrats and Republicans alike.

Mr. Comey grew up in Yonkers and northern New Jersey and served as deputy attorney general under President George W. Bush. President Obama chose him in 2013 to lead the bureau for a 10-year term. He is the father of five children and lives in northern Virginia.

The bureau's inquiry into Mrs. Clinton's email began in July 2015, after a referral from the inspector general for the intelligence community, and it lasted roughly a year. Agents interviewed her for three and a half hours at the bureau's headquarters on the Saturday before the July announcement. He has given few public speeches since then and has turned down most interview requests.

Former colleagues say the episode was classic Comey.

"Jim has always believed that the public deserves to see how the sausage is made," said Daniel C. Richman, a Columbia law professor and longtime friend. "He'd rather be criticized for saying too much than for hiding something."

A former Justice Department official who worked with Mr. Comey during the Bush administration was less charitable. He said the director had "a weakness for the grand gesture" and had put the bureau in an impossible position.

Several Justice Department officials believe the director overstepped his role by announcing his conclusions without consulting Attorney General Loretta E. Lynch, according to two people familiar with their views.

Ms. Lynch has said publicly that she accepted the F.B.I.'s recommendation. Mrs. Clinton has said she is glad the matter is closed. In an interview last week, she said Mr. Comey's public comments had been "unfair in some respects, but he did his job."

Republicans on Capitol Hill are not finished with the matter. Representative Jason Chaffetz of Utah, the chairman of the House Oversight Committee, said he would keep pressing for the bureau's notes from its interview with Mrs. Clinton.

"The director told us what he concluded," Mr. Chaffetz said. "He didn't tell us how he got there."

Friends of the director say he does not regret the July statement. They say he has told them he would do it again.

Mr. Comey, 55, stands 6 feet 8 inches tall and is easy to spot in the halls of the Hoover Building. A retired agent who served on his security detail in 2013 recalled that the director learned the first name of every guard at headquarters.

"He'd stop and ask about your kids," the retired agent said.

A bureau report released in September concluded that Mrs. Clinton and her aides had been "extremely careless" in handling classified material.

Speaking to bureau employees in August, he said the F.B.I.'s reputation depended on its willingness to be "honest even when honesty costs us."
""", """
has told || James B. Comey || the worst thing a prosecutor can do is care what people think of him || named_person
say || Former colleagues || the episode was classic Comey || anonymous
said || Daniel C. Richman, a Columbia law professor and longtime friend || "Jim has always believed that the public deserves to see how the sausage is made," ## "He'd rather be criticized for saying too much than for hiding something." || named_person
said || He || the director had "a weakness for the grand gesture" and had put the bureau in an impossible position || anonymous
according to || two people familiar with their views || Several Justice Department officials believe the director overstepped his role by announcing his conclusions without consulting Attorney General Loretta E. Lynch || anonymous
[[has said]] publicly || Ms. Lynch || she accepted the F.B.I.'s recommendation || named_person
has said || Mrs. Clinton || she is glad the matter is closed || named_person
said || she || Mr. Comey's public comments had been "unfair in some respects, but he did his job." || named_person
said || Representative Jason Chaffetz of Utah, the chairman of the House Oversight Committee || he would keep pressing for the bureau's notes from its interview with Mrs. Clinton || named_person
said || Mr. Chaffetz || "The director told us what he concluded," ## "He didn't tell us how he got there." || named_person
say || Friends of the director || he does not regret the July statement || anonymous
say || They || he has told them he would do it again || anonymous
recalled || A retired agent who served on his security detail in 2013 || the director learned the first name of every guard at headquarters || anonymous
said || the retired agent || "He'd stop and ask about your kids," || anonymous
concluded || A bureau report released in September || Mrs. Clinton and her aides had been "extremely careless" in handling classified material || document
said || he || the F.B.I.'s reputation depended on its willingness to be "honest even when honesty costs us." || named_person
""")

# ---------------------------------------------------------------- r10 (curly)
doc("r10", """
Rubio's Second Act: A Reluctant Senate Race and a Watchful Eye on 2020

ORLANDO, Fla. — For more than a year, Senator Marco Rubio said he would not run for re-election. Then, in June, he changed his mind.

Mr. Rubio, 45, was first elected to the Senate in 2010 as a favorite of the Tea Party movement, defeating Charlie Crist, then the governor, in a three-way race. His presidential campaign ended in March, when he lost the Florida primary to Mr. Trump by nearly 20 points, carrying only one county, Miami-Dade.

"I'd spent a year telling people I was done," Mr. Rubio said on a recent afternoon at a Cuban bakery in Orlando. "And then the shooting happened here, and I realized this wasn't the time to walk away."

The senator's decision, which came days after the mass shooting at the Pulse nightclub, cleared the Republican field. Aides say party leaders, including Senator Mitch McConnell of Kentucky, had called him almost daily.

Mr. McConnell said in a statement at the time that Mr. Rubio's return gave Republicans "the best chance to hold this seat and the Senate."

His Democratic opponent, Representative Patrick Murphy, argues that Mr. Rubio is using the seat as a placeholder for another presidential run.

"He's told us exactly who he is," Mr. Murphy said at a Tampa event on Monday. "He doesn't want this job."

A Murphy campaign ad that began airing this week says the senator missed more than a third of Senate votes in 2015.

Mr. Rubio does not dispute the number. He said the missed votes were the price of a national campaign and that he now planned to serve a full six-year term.

Some Republican donors who backed his presidential bid say they expect him to run again in 2020 if Mr. Trump loses. They think a second term in the Senate would give him foreign policy credentials and a fresh start with conservatives who never forgave his work on the 2013 immigration bill.

One of them, a Miami developer who has raised money for Mr. Rubio since his days in the State House, said the senator "hasn't closed any doors."

A Quinnipiac poll released last week showed Mr. Rubio leading Mr. Murphy by six percentage points among likely voters in Florida.

The bakery, on a busy corner near downtown, is a regular stop for Central Florida politicians. Its owner keeps a framed photograph of Mr. Rubio behind the register, next to one of former Gov. Jeb Bush. On the afternoon of his visit, the line stretched out the door.

At the bakery, Carmen Delgado, 70, a retired seamstress who grew up in the same Miami neighborhood as his mother, said she had prayed for him to stay in the Senate.

"His mother would be proud," she said. "She always said he talked too much to be president."

Mr. Rubio, for his part, says he is focused on November. When a reporter raised 2020 one more time, he smiled and reached for a pastry.

"I'm focused on this race," he said.
""", """
said || Senator Marco Rubio || he would not run for re-election || named_person
said || Mr. Rubio || "I'd spent a year telling people I was done," ## "And then the shooting happened here, and I realized this wasn't the time to walk away." || named_person
say || Aides || party leaders, including Senator Mitch McConnell of Kentucky, had called him almost daily || anonymous
said || Mr. McConnell || Mr. Rubio's return gave Republicans "the best chance to hold this seat and the Senate." || named_person
argues || His Democratic opponent, Representative Patrick Murphy || Mr. Rubio is using the seat as a placeholder for another presidential run || named_person
said || Mr. Murphy || "He's told us exactly who he is," ## "He doesn't want this job." || named_person
says || A Murphy campaign ad that began airing this week || the senator missed more than a third of Senate votes in 2015 || document
said || He || the missed votes were the price of a national campaign and that he now planned to serve a full six-year term || named_person
say || Some Republican donors who backed his presidential bid || they expect him to run again in 2020 if Mr. Trump loses || anonymous
think || They || a second term in the Senate would give him foreign policy credentials and a fresh start with conservatives who never forgave his work on the 2013 immigration bill || anonymous
said || One of them, a Miami developer who has raised money for Mr. Rubio since his days in the State House || the senator "hasn't closed any doors." || anonymous
showed || A Quinnipiac poll released last week || Mr. Rubio leading Mr. Murphy by six percentage points among likely voters in Florida || document
said || Carmen Delgado, 70, a retired seamstress who grew up in the same Miami neighborhood as his mother || she had prayed for him to stay in the Senate || named_person
said || she || "His mother would be proud," ## "She always said he talked too much to be president." || named_person
says || Mr. Rubio || he is focused on November || named_person
said || he || "I'm focused on this race," || named_person
""")

CURLY_DOCS = {"r06", "r07", "r08", "r09", "r10"}
CURLY_CHARS = "\u201c\u201d\u2018\u2019"

# ---------------------------------------------------------------- resolution

def _word_ok(text, s, e):
    if text[s].isalnum() and s > 0 and text[s - 1].isalnum():
        return False
    return not (text[e - 1].isalnum() and e < len(text) and text[e].isalnum())

def _occurrences(text, needle):
    out, i = [], text.find(needle)
    while i != -1:
        if _word_ok(text, i, i + len(needle)):
            out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out

def _context(text, field):
    """Field with [[span]] inside a unique context -> (start, end)."""
    pre, rest = field.split("[[", 1)
    span, post = rest.split("]]", 1)
    ctx = pre + span + post
    occ = [m.start() for m in re.finditer(re.escape(ctx), text)]
    assert len(occ) == 1, f"context not unique ({len(occ)}): {ctx!r}"
    s = occ[0] + len(pre)
    return s, s + len(span)

def _overlaps(a, spans):
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)

def _dist(a, lo, hi):
    if a[1] <= lo:
        return lo - a[1]
    if a[0] >= hi:
        return a[0] - hi
    return 0  # inside the gap of a split content

def _para(text, pos):
    return text.count("\n\n", 0, pos)

WARN = []

def _nearest(text, field, lo, hi, exclude, what, doc_id):
    if "[[" in field:
        return _context(text, field)
    cands = [c for c in _occurrences(text, field)
             if not _overlaps(c, exclude) and _para(text, c[0]) == _para(text, lo)]
    assert cands, f"{doc_id}: {what} {field!r} not found"
    cands.sort(key=lambda c: _dist(c, lo, hi))
    best = cands[0]
    if len(cands) > 1:
        d0, d1 = _dist(best, lo, hi), _dist(cands[1], lo, hi)
        assert d1 > d0, f"{doc_id}: tie for {what} {field!r}"
        if d1 - d0 < 60:
            WARN.append(f"{doc_id}: close alternative for {what} {field!r} (d={d0} vs {d1})")
    return best

def parse_ann(doc_id, ann, curly):
    rows = []
    for line in ann.splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
        if curly:
            parts = [smart(p) for p in parts]
        rows.append(parts)
    return rows

def build_doc(doc_id, raw_text, ann):
    curly = doc_id in CURLY_DOCS
    text = smart(raw_text) if curly else raw_text
    if curly:
        assert '"' not in text and "'" not in text, doc_id
        assert any(ch in text for ch in CURLY_CHARS), doc_id
    else:
        assert not any(ch in text for ch in CURLY_CHARS), doc_id
    lines = text.split("\n")
    assert lines[1] == "" and lines[0].strip(), f"{doc_id}: headline format"
    nw = len(text.split())
    assert 500 <= nw <= 700, f"{doc_id}: {nw} words"
    atts = []
    for cue_f, src_f, con_f, typ in parse_ann(doc_id, ann, curly):
        assert typ in TYPES, typ
        # content
        frags, prev_end = [], 0
        for k, frag in enumerate(con_f.split(" ## ")):
            if "[[" in frag:
                s, e = _context(text, frag)
            elif k == 0:
                occ = [m.start() for m in re.finditer(re.escape(frag), text)]
                assert len(occ) == 1, f"{doc_id}: content not unique ({len(occ)}): {frag!r}"
                s, e = occ[0], occ[0] + len(frag)
            else:
                s = text.find(frag, prev_end)
                assert s != -1, f"{doc_id}: fragment not found {frag!r}"
                e = s + len(frag)
            frags.append((s, e))
            prev_end = e
        lo, hi = frags[0][0], frags[-1][1]
        # cue
        cue = _nearest(text, cue_f, lo, hi, frags, "cue", doc_id)
        # source
        src = None
        if src_f != "-":
            src = _nearest(text, src_f, cue[0], cue[1], frags + [cue], "source", doc_id)
            assert _para(text, src[0]) == _para(text, cue[0]), f"{doc_id}: source/cue paragraphs differ {src_f!r}"
        else:
            assert typ == "unknown"
        assert _para(text, cue[0]) == _para(text, lo) == _para(text, hi), f"{doc_id}: cue/content paragraphs differ {cue_f!r}"
        # content sanity
        for (s, e) in frags:
            t = text[s:e]
            assert not t.startswith("that "), f"{doc_id}: leading that {t!r}"
            assert t == t.strip(), f"{doc_id}: whitespace {t!r}"
            last = t[-1]
            assert last not in ".,;:" , f"{doc_id}: trailing punctuation outside quotes {t!r}"
        def span(a):
            return {"start": a[0], "end": a[1], "text": text[a[0]:a[1]]}
        content = span((lo, hi))
        if len(frags) > 1:
            content["fragments"] = [[s, e] for s, e in frags]
        rec = {"cue": span(cue), "source": span(src) if src else None,
               "content": content, "source_type": typ}
        for k in ("cue", "source", "content"):
            if rec[k] is not None:
                assert text[rec[k]["start"]:rec[k]["end"]] == rec[k]["text"]
        assert rec["cue"]["text"] == (cue_f if "[[" not in cue_f else cue_f.split("[[")[1].split("]]")[0])
        if src:
            assert rec["source"]["text"] == (src_f if "[[" not in src_f else src_f.split("[[")[1].split("]]")[0])
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    # no two attributions share a cue span
    cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
    assert len(cues) == len(set(cues)), f"{doc_id}: duplicate cue span"
    assert 14 <= len(atts) <= 22, f"{doc_id}: {len(atts)} attributions"
    return {"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts}

def build():
    WARN.clear()
    return [build_doc(d, t, a) for d, t, a in DOCS]

def show(records):
    for r in records:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words,", len(r["attributions"]), "attributions")
        for a in r["attributions"]:
            c = a["content"]
            frs = c.get("fragments", [[c["start"], c["end"]]])
            marks = [(a["cue"]["start"], "<C>"), (a["cue"]["end"], "</C>")]
            if a["source"]:
                marks += [(a["source"]["start"], "<S>"), (a["source"]["end"], "</S>")]
            for s, e in frs:
                marks += [(s, "[["), (e, "]]")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            lo = max(t.rfind("\n", 0, lo) + 1, lo - 40)
            hi = min(hi + 25, len(t))
            seg = t[lo:hi]
            for pos, m in sorted(marks, key=lambda x: -x[0]):
                seg = seg[:pos - lo] + m + seg[pos - lo:]
            print(f"  {a['source_type']:<12} {seg}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind39.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
