#!/usr/bin/env python3
"""Build ``blind19.jsonl``: the nineteenth batch of blind test articles (session 15).

8 invented long (738-931 words) 2016 political news stories in the voice of Politico, The
Washington Post, The New York Times and USA Today, written and annotated by a helper session that
never read claimtrace's code, tests or data; see NOTES.md. Scored on arrival, then read for errors.
Its helper said it did not reread every annotation against the text at the end, so an error found
here was checked by eye before any rule was written from it.

Usage: ``python data/gold/blind19/build_blind19.py [--check]`` (``--check``: exit 1 if
blind19.jsonl is stale).

Annotation line format (one attribution per line, '#' starts a comment):
    CUE || SOURCE || CONTENT || TYPE
Each span is written as its exact text, optionally pinned as  TEXT@@CONTEXT  where CONTEXT is a
unique string of the article that contains TEXT (first occurrence of TEXT inside CONTEXT is used).
SOURCE may be 'null'. A discontinuous CONTENT lists its fragments separated by ' ++ '.
Resolution: CONTENT (first fragment) must be unique in the text unless pinned; later fragments
are the first occurrence after the previous one. CUE is the occurrence nearest the content
(within the same paragraph), SOURCE the occurrence nearest the cue; ties are errors.
All offsets are computed; every span is asserted against the text.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
ARTICLES = []  # (doc_id, outlet_style, text, ann)

def add(doc_id, style, text, ann):
    ARTICLES.append((doc_id, style, text.strip("\n"), ann))

# ---------------------------------------------------------------- u01 (Politico, straight quotes)
add("u01", "Politico", r"""
Senate GOP braces for a summer of Garland fights as Democrats turn up the heat

Senate Republicans are bracing for a long summer of pressure over Merrick Garland, and some of them privately worry that the blockade of President Barack Obama's Supreme Court nominee could cost them seats in November.

Majority Leader Mitch McConnell told reporters on Tuesday that his position had not changed. "The American people will have a voice in this decision, and the next president will make the nomination," the Kentucky Republican said. "That's not a new view. It's the same view I expressed the day Justice Scalia died."

McConnell's spokesman, Don Stewart, said later that the leader had spoken with several members of the conference over the weekend and that "nobody is wobbling."

But three Republican aides, who spoke on condition of anonymity because they were not authorized to discuss internal deliberations, described a more anxious mood. One of them said that at least two senators facing tough races had asked leadership for "some room" to meet with Garland. Another said the leader's office was tracking the issue closely.

Garland, 63, is the chief judge of the U.S. Court of Appeals for the D.C. Circuit. He was nominated in March, roughly a month after the death of Justice Antonin Scalia left the court divided 4-4 on several major cases.

Democrats believe they have found an opening. Senate Minority Leader Harry Reid said on the floor Tuesday afternoon that Republicans were "running out the clock on the Constitution," and he accused McConnell of taking orders from Donald Trump, the party's presumptive nominee.

"Senator McConnell has handed the keys of the Senate to Donald Trump," the Nevada Democrat said. "If Trump wants to pick the next justice, Republicans should at least have the courage to say so."

Reid's spokesman, Adam Jentleson, went further in an email, arguing that the GOP "is hiding from its own voters." He pointed to a CNN/ORC poll released last week, which found that 57 percent of Americans wanted the Senate to hold hearings.

Republicans dispute the poll's framing. Judiciary Committee Chairman Chuck Grassley said in a statement that the poll "asks the wrong question" and that the committee's approach had broad support in Iowa. The Iowa Republican, who is seeking a seventh term, has argued for months that a confirmation fight in an election year would "poison the well" for the next president.

The White House is not backing down. Press secretary Josh Earnest told reporters at the daily briefing that the president had "no intention" of withdrawing the nomination, and he suggested that Republicans would eventually "feel the heat at home."

According to a memo circulated among Democratic Senate offices and obtained by Politico, the party plans to hold events with local lawyers and law enforcement officials in at least 10 states during the July recess. The memo says the goal is to "make every empty chair a local story."

Outside groups are also spending. The Judicial Crisis Network, a conservative group, announced it would put $2 million into ads thanking senators who have stood firm. Its chief counsel, Carrie Severino, said the ads would run in Ohio, Pennsylvania and New Hampshire.

"We think voters are with us, and we intend to remind them," Severino said.

On the other side, a liberal coalition led by the Alliance for Justice said it had organized more than 200 events since March. A spokeswoman for the coalition, who asked not to be named because the group had not finalized its summer plans, said a new round of ads was likely.

Not every Republican is comfortable with the strategy. Sen. Mark Kirk of Illinois, who met with Garland in April, said again this week that his colleagues should "man up and cast a vote." The first-term senator, who faces a difficult race against Democratic Rep. Tammy Duckworth, has become the most outspoken critic of the blockade within his own party.

A senior GOP leadership aide, granted anonymity to speak candidly, was unmoved. "Mark has his own race to run, and everyone understands that," the aide said. "It doesn't change the math."

The New York Times reported last month that several Republican senators had privately urged McConnell to allow at least a committee hearing. McConnell's office said the report was "fiction."

The Senate returns from its Memorial Day break next week with spending bills and a long-stalled Zika funding package also on the agenda. The first two weeks of June are the last stretch for major floor action before the conventions.

Obama, for his part, has said he will keep pressing. In a radio interview on Monday, the president said he remained "confident" that Garland would eventually receive a vote, though he acknowledged that "it may take an election to get there."
""", r"""
worry || some of them || the blockade of President Barack Obama's Supreme Court nominee could cost them seats in November || anonymous
told || Majority Leader Mitch McConnell || his position had not changed || named_person
said || the Kentucky Republican || "The American people will have a voice in this decision, and the next president will make the nomination," ++ "That's not a new view. It's the same view I expressed the day Justice Scalia died." || named_person
said || McConnell's spokesman, Don Stewart || the leader had spoken with several members of the conference over the weekend and that "nobody is wobbling." || named_person
described || three Republican aides, who spoke on condition of anonymity because they were not authorized to discuss internal deliberations || a more anxious mood || anonymous
said || One of them || at least two senators facing tough races had asked leadership for "some room" to meet with Garland || anonymous
said || Another || the leader's office was tracking the issue closely || anonymous
believe || Democrats || they have found an opening || named_org
said || Senate Minority Leader Harry Reid || Republicans were "running out the clock on the Constitution," || named_person
accused || he || McConnell of taking orders from Donald Trump, the party's presumptive nominee || named_person
said || the Nevada Democrat || "Senator McConnell has handed the keys of the Senate to Donald Trump," ++ "If Trump wants to pick the next justice, Republicans should at least have the courage to say so." || named_person
arguing || Reid's spokesman, Adam Jentleson || the GOP "is hiding from its own voters." || named_person
found || a CNN/ORC poll released last week || 57 percent of Americans wanted the Senate to hold hearings || document
dispute || Republicans@@Republicans dispute || the poll's framing || named_org
said || Judiciary Committee Chairman Chuck Grassley || the poll "asks the wrong question" and that the committee's approach had broad support in Iowa || named_person
has argued || The Iowa Republican, who is seeking a seventh term || a confirmation fight in an election year would "poison the well" for the next president || named_person
told || Press secretary Josh Earnest || the president had "no intention" of withdrawing the nomination || named_person
suggested || he || Republicans would eventually "feel the heat at home." || named_person
According to || a memo circulated among Democratic Senate offices and obtained by Politico || the party plans to hold events with local lawyers and law enforcement officials in at least 10 states during the July recess || document
says || The memo || the goal is to "make every empty chair a local story." || document
announced || The Judicial Crisis Network, a conservative group || it would put $2 million into ads thanking senators who have stood firm || named_org
said || Its chief counsel, Carrie Severino || the ads would run in Ohio, Pennsylvania and New Hampshire || named_person
said || Severino@@Severino said. || "We think voters are with us, and we intend to remind them," || named_person
said || a liberal coalition led by the Alliance for Justice || it had organized more than 200 events since March || named_org
said || A spokeswoman for the coalition, who asked not to be named because the group had not finalized its summer plans || a new round of ads was likely || anonymous
said || Sen. Mark Kirk of Illinois, who met with Garland in April || his colleagues should "man up and cast a vote." || named_person
said || the aide || "Mark has his own race to run, and everyone understands that," ++ "It doesn't change the math." || anonymous
reported || The New York Times || several Republican senators had privately urged McConnell to allow at least a committee hearing || media
said || McConnell's office || the report was "fiction." || named_org
has said || Obama || he will keep pressing || named_person
said || the president@@the president said || he remained "confident" that Garland would eventually receive a vote || named_person
acknowledged || he@@he acknowledged || "it may take an election to get there." || named_person
""")
# ---------------------------------------------------------------- u02 (Politico, straight quotes)
add("u02", "Politico", r"""
Trump's Ohio problem: campaign scrambles as party leaders fret over missing ground game

Donald Trump's campaign is scrambling to build a field operation in Ohio after weeks of complaints from state Republicans that the presumptive nominee has almost no staff in a state he cannot afford to lose.

Paul Manafort, the campaign chairman, told Politico on Wednesday that the campaign would have "a full team on the ground" in Columbus by the end of June. The veteran GOP operative, who took over day-to-day control of the campaign in May, said he had spoken twice this week with the state party about sharing office space and voter data.

"We're not going to do this the way it's always been done, but we're going to win Ohio," he said. "Mr. Trump has a connection with voters there that no consultant can buy."

State party officials are less sure. Ohio Republican Party Chairman Matt Borges said in an interview that he had yet to receive "a single phone call" from Trump's political staff about the fall. The state party chairman, a close ally of Gov. John Kasich, added that the party's own volunteers were "ready to work" but needed direction.

"You can't hand out yard signs from Trump Tower," Borges said.

Two Republicans involved in the discussions, who requested anonymity to describe private conversations, said the campaign had asked the state party to cover the cost of at least three regional offices. One of them said the request had "landed badly" with donors who had backed Kasich in the primary. The other described the campaign's Ohio plan as "a PowerPoint and a prayer."

Ohio has voted for the winner of every presidential election since 1964. No Republican has won the White House without carrying the state.

Trump's spokeswoman, Hope Hicks, said in an email that the campaign had "an incredible operation" in Ohio and that reports to the contrary were "false and totally dishonest." She did not respond to a follow-up question about how many paid staff members the campaign employs in the state.

Federal Election Commission filings show that the Trump campaign had 69 employees on its payroll nationwide at the end of April. Hillary Clinton's campaign reported more than 700.

The Washington Post reported this month that Trump had told advisers he did not believe in spending heavily on field organizing, and that he preferred to rely on rallies and television interviews. Trump himself has been blunter. "I don't need a lot of the stuff they talk about," he told a crowd in Cincinnati last week. "We have the biggest rallies. Nobody's ever seen anything like it."

Republican National Committee Chairman Reince Priebus has tried to fill the gap. The RNC says it has 81 paid staff members in Ohio and plans to add more over the summer, according to Sean Spicer, the committee's chief strategist. Spicer said the committee's data operation was "built to work for whoever the nominee is."

But some party strategists worry that the RNC cannot replace a campaign. A senior Republican operative who has worked on three presidential campaigns in Ohio said a party can register voters but cannot "make the case for the candidate" at the doorstep. He asked not to be named because he is advising a Senate candidate in the state.

That candidate, Sen. Rob Portman, is running his own operation. Portman's campaign manager, Corry Bliss, said the senator's team had knocked on more than 500,000 doors since January. Bliss declined to comment on the Trump campaign.

Kasich, who has refused to endorse Trump, has kept his distance. John Weaver, a longtime adviser to the governor, said Kasich had "no plans" to campaign for the nominee and would spend the fall helping down-ballot Republicans. The governor has said repeatedly that Trump has not earned his support.

A Quinnipiac University poll released Tuesday showed Clinton and Trump tied in Ohio at 40 percent each, with a large share of voters undecided. The same survey found that 61 percent of Ohio voters considered Trump "not honest."

Democrats are moving quickly. The Clinton campaign announced on Monday that it would open 12 offices across the state by July 4. Clinton spokesman Brian Fallon said the campaign saw Ohio as "a state where organization will decide the outcome."

A Democratic strategist in Columbus put it more sharply. "They're bringing a knife to a gunfight," the strategist said of the Trump team, speaking on condition of anonymity because she is consulting for a campaign.

Inside Trump Tower, the debate over Ohio has become part of a broader tug-of-war. According to people familiar with the campaign's internal discussions, Manafort has pushed for a larger field budget, while others close to Trump have argued that the money is better spent on rallies and television. A longtime friend of Trump said the candidate remains "deeply skeptical" of consultants who, in his view, lost the last two elections for Republicans.

Borges, for his part, said he would keep pushing. "We'll work with whoever shows up," the chairman said. "I just hope somebody shows up."
""", r"""
told || Paul Manafort, the campaign chairman || the campaign would have "a full team on the ground" in Columbus by the end of June || named_person
said || The veteran GOP operative, who took over day-to-day control of the campaign in May || he had spoken twice this week with the state party about sharing office space and voter data || named_person
said || he@@he said. "Mr. || "We're not going to do this the way it's always been done, but we're going to win Ohio," ++ "Mr. Trump has a connection with voters there that no consultant can buy." || named_person
said || Ohio Republican Party Chairman Matt Borges || he had yet to receive "a single phone call" from Trump's political staff about the fall || named_person
added || The state party chairman, a close ally of Gov. John Kasich || the party's own volunteers were "ready to work" but needed direction || named_person
said || Borges@@Borges said. || "You can't hand out yard signs from Trump Tower," || named_person
said || Two Republicans involved in the discussions, who requested anonymity to describe private conversations || the campaign had asked the state party to cover the cost of at least three regional offices || anonymous
said || One of them || the request had "landed badly" with donors who had backed Kasich in the primary || anonymous
described || The other || the campaign's Ohio plan as "a PowerPoint and a prayer." || anonymous
said || Trump's spokeswoman, Hope Hicks || the campaign had "an incredible operation" in Ohio and that reports to the contrary were "false and totally dishonest." || named_person
show || Federal Election Commission filings || the Trump campaign had 69 employees on its payroll nationwide at the end of April || document
reported || Hillary Clinton's campaign || more than 700 || named_org
reported || The Washington Post || Trump had told advisers he did not believe in spending heavily on field organizing, and that he preferred to rely on rallies and television interviews || media
told || he@@he told a crowd || "I don't need a lot of the stuff they talk about," ++ "We have the biggest rallies. Nobody's ever seen anything like it." || named_person
according to || Sean Spicer, the committee's chief strategist || The RNC says it has 81 paid staff members in Ohio and plans to add more over the summer || named_person
said || Spicer@@Spicer said || the committee's data operation was "built to work for whoever the nominee is." || named_person
worry || some party strategists || the RNC cannot replace a campaign || anonymous
said || A senior Republican operative who has worked on three presidential campaigns in Ohio || a party can register voters but cannot "make the case for the candidate" at the doorstep || anonymous
said || Portman's campaign manager, Corry Bliss || the senator's team had knocked on more than 500,000 doors since January || named_person
said || John Weaver, a longtime adviser to the governor || Kasich had "no plans" to campaign for the nominee and would spend the fall helping down-ballot Republicans || named_person
has said || The governor || Trump has not earned his support || named_person
showed || A Quinnipiac University poll released Tuesday || Clinton and Trump tied in Ohio at 40 percent each, with a large share of voters undecided || document
found || The same survey || 61 percent of Ohio voters considered Trump "not honest." || document
announced || The Clinton campaign || it would open 12 offices across the state by July 4 || named_org
said || Clinton spokesman Brian Fallon || the campaign saw Ohio as "a state where organization will decide the outcome." || named_person
said || the strategist || "They're bringing a knife to a gunfight," || anonymous
According to || people familiar with the campaign's internal discussions || Manafort has pushed for a larger field budget, while others close to Trump have argued that the money is better spent on rallies and television || anonymous
said || A longtime friend of Trump || the candidate remains "deeply skeptical" of consultants who, in his view, lost the last two elections for Republicans || anonymous
said || Borges@@Borges, for his part || he would keep pushing || named_person
said || the chairman || "We'll work with whoever shows up," ++ "I just hope somebody shows up." || named_person
""")
# ---------------------------------------------------------------- u03 (Washington Post, straight quotes)
add("u03", "Washington Post", r"""
Inspector general's report deepens questions about Clinton's email setup

A report by the State Department's inspector general concluded that Hillary Clinton did not seek permission to use a private email server while she was secretary of state and that department officials would not have approved it if she had, adding a new layer to a controversy that has shadowed her presidential campaign for more than a year.

The 83-page report, delivered to lawmakers on Wednesday, says that two staff members in the department's technology office raised concerns about the arrangement in 2010 and were told by a supervisor "never to speak of the Secretary's personal email system again." It does not name the supervisor.

The findings undercut a central part of Clinton's defense. For months, the Democratic front-runner has said that her use of a personal account was "allowed" and that her predecessors had done the same. The inspector general found that former secretary Colin Powell had also used a private account but said the rules had become considerably stricter by the time Clinton took office in 2009.

Clinton's campaign sought to minimize the report. Spokesman Nick Merrill said in a statement that it showed "just how consistent her email practices were with those of other secretaries and senior officials." He noted that the inspector general had found no evidence that the server had been successfully hacked.

Merrill said Clinton had declined to be interviewed by the inspector general's office because the FBI investigation was ongoing, a decision he described as "entirely appropriate."

Republicans pounced. Reince Priebus, chairman of the Republican National Committee, said the report proved that Clinton "put her own convenience ahead of national security." Sen. Ron Johnson of Wisconsin, who chairs the Homeland Security and Governmental Affairs Committee, said he would ask the department for additional documents.

The report lands as the FBI's separate inquiry into the handling of classified information on the server appears to be nearing its end. A law enforcement official familiar with the investigation said agents hoped to interview Clinton in the coming weeks. The official, who was not authorized to discuss the case publicly and spoke on the condition of anonymity, cautioned that no date had been set.

FBI Director James B. Comey has said little in public about the case. Asked about it this month, he told reporters that the bureau was working "promptly" and that he felt "a lot of pressure" to get it right. Comey, a former deputy attorney general who served under President George W. Bush, added that he did not consider the election calendar when making decisions.

Legal experts said the inspector general's findings were unlikely to change the bottom line for the FBI, which must decide whether anyone knowingly mishandled classified material. "This is a management report, not a criminal referral," said Stephen Vladeck, a law professor at American University. He said the report was "embarrassing" but not legally decisive.

Clinton set up the server in the basement of her home in Chappaqua, N.Y., shortly before her confirmation in 2009. It was maintained by a former campaign aide, Bryan Pagliano, who has since been granted immunity by the Justice Department.

According to the report, Pagliano told his supervisors that he did not work on the server during business hours, a claim the inspector general could not verify. Pagliano's lawyer did not respond to a request for comment.

The State Department has pledged to cooperate. Its spokesman, Mark Toner, told reporters at a briefing that the department accepted all of the report's recommendations and had "already made significant improvements" in how it preserves records. Toner declined to say whether Secretary John F. Kerry had read the report.

The conservative watchdog group Judicial Watch, which has filed several lawsuits seeking Clinton's records, said the report vindicated its work. Its president, Tom Fitton, said the group would ask a federal judge to order Clinton to answer questions under oath.

The controversy continues to weigh on Clinton's standing with voters. A Washington Post-ABC News poll this month found that 57 percent of Americans disapprove of how she has handled questions about her email, while 37 percent approve.

Her rival for the Democratic nomination, Sen. Bernie Sanders of Vermont, has largely avoided the subject. In an interview on Thursday, the Vermont senator said the American people were "sick and tired" of hearing about the emails, echoing a line he first used in a debate last fall. But some of his supporters believe the issue could still reshape the race before the convention in July.

Clinton, campaigning in California, was asked about the report by a reporter in Los Angeles. She said she had made "a mistake" and had taken responsibility for it. "I've said before it wasn't the best choice," she said. "But the report makes clear that this was a longstanding practice."

Some of her allies privately acknowledged that the timing was unfortunate. A Democratic official close to the campaign, who requested anonymity to speak candidly, said the report had "given Republicans another week of headlines" just as Clinton was trying to turn her attention to Donald Trump.
""", r"""
concluded || A report by the State Department's inspector general || Hillary Clinton did not seek permission to use a private email server while she was secretary of state and that department officials would not have approved it if she had || document
says || The 83-page report, delivered to lawmakers on Wednesday || two staff members in the department's technology office raised concerns about the arrangement in 2010 and were told by a supervisor "never to speak of the Secretary's personal email system again." || document
has said || the Democratic front-runner || her use of a personal account was "allowed" and that her predecessors had done the same || named_person
found || The inspector general@@The inspector general found || former secretary Colin Powell had also used a private account || named_person
said || The inspector general@@The inspector general found || the rules had become considerably stricter by the time Clinton took office in 2009 || named_person
said || Spokesman Nick Merrill || it showed "just how consistent her email practices were with those of other secretaries and senior officials." || named_person
noted || He@@He noted || the inspector general had found no evidence that the server had been successfully hacked || named_person
said || Merrill@@Merrill said Clinton || Clinton had declined to be interviewed by the inspector general's office because the FBI investigation was ongoing || named_person
described || he@@he described || a decision@@a decision he described ++ as "entirely appropriate." || named_person
said || Reince Priebus, chairman of the Republican National Committee || the report proved that Clinton "put her own convenience ahead of national security." || named_person
said || Sen. Ron Johnson of Wisconsin, who chairs the Homeland Security and Governmental Affairs Committee || he would ask the department for additional documents || named_person
said || A law enforcement official familiar with the investigation || agents hoped to interview Clinton in the coming weeks || anonymous
cautioned || The official, who was not authorized to discuss the case publicly and spoke on the condition of anonymity || no date had been set || anonymous
told || he@@he told reporters || the bureau was working "promptly" and that he felt "a lot of pressure" to get it right || named_person
added || Comey, a former deputy attorney general who served under President George W. Bush || he did not consider the election calendar when making decisions || named_person
said || Legal experts || the inspector general's findings were unlikely to change the bottom line for the FBI, which must decide whether anyone knowingly mishandled classified material || anonymous
said || Stephen Vladeck, a law professor at American University || "This is a management report, not a criminal referral," || named_person
said || He@@He said the report || the report was "embarrassing" but not legally decisive || named_person
According to || the report@@According to the report || Pagliano told his supervisors that he did not work on the server during business hours, a claim the inspector general could not verify || document
has pledged || The State Department || to cooperate || named_org
told || Its spokesman, Mark Toner || the department accepted all of the report's recommendations and had "already made significant improvements" in how it preserves records || named_person
said || The conservative watchdog group Judicial Watch, which has filed several lawsuits seeking Clinton's records || the report vindicated its work || named_org
said || Its president, Tom Fitton || the group would ask a federal judge to order Clinton to answer questions under oath || named_person
found || A Washington Post-ABC News poll this month || 57 percent of Americans disapprove of how she has handled questions about her email, while 37 percent approve || document
said || the Vermont senator || the American people were "sick and tired" of hearing about the emails || named_person
believe || some of his supporters || the issue could still reshape the race before the convention in July || anonymous
said || She@@She said she || she had made "a mistake" and had taken responsibility for it || named_person
said || she@@she said. "But || "I've said before it wasn't the best choice," ++ "But the report makes clear that this was a longstanding practice." || named_person
acknowledged || Some of her allies || the timing was unfortunate || anonymous
said || A Democratic official close to the campaign, who requested anonymity to speak candidly || the report had "given Republicans another week of headlines" just as Clinton was trying to turn her attention to Donald Trump || anonymous
""")
# ---------------------------------------------------------------- u04 (Washington Post, straight quotes)
add("u04", "Washington Post", r"""
McAuliffe vows to restore felons' voting rights one by one after court setback

RICHMOND - Gov. Terry McAuliffe said Friday that he would sign individual orders restoring the voting rights of more than 13,000 Virginians with felony convictions, a day after the state Supreme Court struck down his sweeping April order as unconstitutional.

"I will not let this stand," the Democratic governor told a crowd of supporters at a church in Richmond's East End. "If the court says I have to sign them one at a time, then I will sign them one at a time, and I'll get a bigger pen."

The 4-3 ruling, written by Chief Justice Donald W. Lemons, held that the Virginia Constitution does not allow a governor to restore rights "en masse" to an entire class of people. The opinion said McAuliffe had "exceeded his authority" and ordered election officials to remove the newly registered voters from the rolls by Aug. 25.

Republican leaders, who had brought the lawsuit, welcomed the decision. House Speaker William J. Howell (R-Stafford) said in a statement that the court had "affirmed the rule of law." The speaker, who has clashed with McAuliffe on Medicaid expansion and gun legislation, accused the governor of trying to "pad the voter rolls" before the presidential election.

McAuliffe has rejected that charge repeatedly. Aides to the governor said he had been moved by meeting former offenders who had "paid their debt" but still could not vote. His spokesman, Brian Coy, said the governor's office had already identified the first several thousand people whose rights would be restored under the new approach.

Virginia is one of four states that permanently strip voting rights from people convicted of felonies unless the governor intervenes. McAuliffe's April order covered about 206,000 people who had completed their sentences, including probation and parole.

According to figures from the Virginia Department of Elections, about 13,000 of those people had registered to vote since the order. A Washington Post analysis of the registrations found that they were spread widely across the state, with the largest numbers in Norfolk, Richmond and Petersburg.

Attorney General Mark R. Herring, a Democrat who defended the order in court, said his office was reviewing the ruling. Herring said the governor's new plan was "legally sound" because it relied on individual review, which the court had acknowledged as permissible.

Two senior administration officials, speaking on the condition of anonymity because they were not authorized to discuss the legal strategy, said the governor's staff had prepared for a loss. One said a team of lawyers had been drafting individual orders "for weeks" in case the court ruled against them. The official said the first batch could be signed as early as next week.

Civil rights groups praised the governor's response. The Virginia State Conference of the NAACP said in a statement that the court's decision "turns back the clock" and urged McAuliffe to move quickly. Its president, the Rev. Kevin Chandler, said the group would help people check their registration status.

Critics, however, argue that the governor is skirting the court. Sen. Mark Obenshain (R-Rockingham), a former candidate for attorney general, said he was considering asking the court to hold McAuliffe in contempt. The senator said individual orders signed by an autopen would be "the same thing in a different envelope."

The political stakes are considerable. Virginia is a presidential battleground, and McAuliffe is a longtime friend and ally of Hillary Clinton. Republicans have argued that the timing of the order was designed to help her in November, an accusation the governor calls "absurd."

A Roanoke College poll released last month found that Virginians were split on the question, with 46 percent supporting the restoration of voting rights for felons who have completed their sentences and 44 percent opposed. The survey's director, Harry Wilson, said opinion broke "almost perfectly along party lines."

Among those waiting is Tanya Pierce, 47, of Hampton, who served two years for a drug offense in the late 1990s. Pierce said she registered to vote in May for the first time in her life and cried when her card arrived in the mail. She said she was frustrated but not surprised by the ruling. "I did everything they asked," she said. "I just want to vote for president like everybody else."

The fight could stretch into the fall. The Richmond Times-Dispatch reported Friday that Republican lawmakers were already discussing a constitutional amendment that would clarify the governor's powers. Amending the state constitution requires approval by two successive sessions of the General Assembly and a statewide referendum, a process that would take at least two years.

McAuliffe said he was not worried. The governor, whose term ends in January 2018, said he expected to sign "every single one" of the orders before leaving office.
""", r"""
said || Gov. Terry McAuliffe || he would sign individual orders restoring the voting rights of more than 13,000 Virginians with felony convictions, a day after the state Supreme Court struck down his sweeping April order as unconstitutional || named_person
told || the Democratic governor || "I will not let this stand," ++ "If the court says I have to sign them one at a time, then I will sign them one at a time, and I'll get a bigger pen." || named_person
held || The 4-3 ruling, written by Chief Justice Donald W. Lemons || the Virginia Constitution does not allow a governor to restore rights "en masse" to an entire class of people || document
said || The opinion || McAuliffe had "exceeded his authority" || document
said || House Speaker William J. Howell (R-Stafford) || the court had "affirmed the rule of law." || named_person
accused || The speaker, who has clashed with McAuliffe on Medicaid expansion and gun legislation || the governor of trying to "pad the voter rolls" before the presidential election || named_person
said || Aides to the governor || he had been moved by meeting former offenders who had "paid their debt" but still could not vote || anonymous
said || His spokesman, Brian Coy || the governor's office had already identified the first several thousand people whose rights would be restored under the new approach || named_person
According to || figures from the Virginia Department of Elections || about 13,000 of those people had registered to vote since the order || document
found || A Washington Post analysis of the registrations || they were spread widely across the state, with the largest numbers in Norfolk, Richmond and Petersburg || media
said || Attorney General Mark R. Herring, a Democrat who defended the order in court || his office was reviewing the ruling || named_person
said || Herring@@Herring said the governor || the governor's new plan was "legally sound" because it relied on individual review, which the court had acknowledged as permissible || named_person
said || Two senior administration officials, speaking on the condition of anonymity because they were not authorized to discuss the legal strategy || the governor's staff had prepared for a loss || anonymous
said || One@@One said || a team of lawyers had been drafting individual orders "for weeks" in case the court ruled against them || anonymous
said || The official || the first batch could be signed as early as next week || anonymous
said || The Virginia State Conference of the NAACP || the court's decision "turns back the clock" || named_org
urged || The Virginia State Conference of the NAACP || McAuliffe to move quickly || named_org
said || Its president, the Rev. Kevin Chandler || the group would help people check their registration status || named_person
argue || Critics || the governor is skirting the court || anonymous
said || Sen. Mark Obenshain (R-Rockingham), a former candidate for attorney general || he was considering asking the court to hold McAuliffe in contempt || named_person
said || The senator || individual orders signed by an autopen would be "the same thing in a different envelope." || named_person
have argued || Republicans@@Republicans have argued || the timing of the order was designed to help her in November || named_org
calls || the governor@@the governor calls || an accusation@@an accusation the governor ++ "absurd." || named_person
found || A Roanoke College poll released last month || Virginians were split on the question, with 46 percent supporting the restoration of voting rights for felons who have completed their sentences and 44 percent opposed || document
said || The survey's director, Harry Wilson || opinion broke "almost perfectly along party lines." || named_person
said || Pierce@@Pierce said || she registered to vote in May for the first time in her life and cried when her card arrived in the mail || named_person
said || She@@She said she was || she was frustrated but not surprised by the ruling || named_person
said || she@@she said. "I just || "I did everything they asked," ++ "I just want to vote for president like everybody else." || named_person
reported || The Richmond Times-Dispatch || Republican lawmakers were already discussing a constitutional amendment that would clarify the governor's powers || media
said || McAuliffe@@McAuliffe said he was not || he was not worried || named_person
said || The governor, whose term ends in January 2018 || he expected to sign "every single one" of the orders before leaving office || named_person
""")
# ---------------------------------------------------------------- u05 (New York Times, curly quotes)
add("u05", "New York Times", r"""
Ryan’s Trump Endorsement Strains Under Weight of Attacks on Judge

WASHINGTON - Two days after endorsing Donald J. Trump, Speaker Paul D. Ryan found himself on Tuesday doing what many Republicans have come to dread: explaining the latest remarks of the man he now supports for president.

Mr. Ryan said at a news conference in a Washington community center that Mr. Trump’s repeated attacks on a federal judge overseeing a lawsuit against Trump University were “the textbook definition of a racist comment.” But the Wisconsin Republican said he would not withdraw his endorsement, arguing that a Republican president would be far more likely than Hillary Clinton to sign the House agenda into law.

“I disavow these comments. I regret those comments he made,” Mr. Ryan said. “But do I believe that Hillary Clinton is the answer? No, I do not.”

Mr. Trump has said that Judge Gonzalo P. Curiel, who was born in Indiana, cannot rule fairly in the case because of his Mexican heritage and because of Mr. Trump’s plans to build a wall on the southern border. The judge, a former federal prosecutor, has made no public comment.

In a lengthy statement issued Tuesday evening, Mr. Trump said his comments had been “misconstrued as a categorical attack against people of Mexican heritage.” The statement said the candidate did not “intend to comment on this matter any further.”

Mr. Ryan’s office has been fielding calls from anxious lawmakers for days. A person close to the speaker, who insisted on anonymity to discuss private conversations, said Mr. Ryan had told colleagues that he was “not going to be the party’s chief apologist” and that they should feel free to criticize the nominee when they disagreed with him. The person said the speaker had spoken by phone with Mr. Trump on Sunday and urged him to move on.

AshLee Strong, a spokeswoman for Mr. Ryan, declined to discuss the call. She said the speaker’s views were “clear from his remarks.”

Other Republicans went further. Senator Lindsey Graham of South Carolina, who ran against Mr. Trump in the primaries, told The New York Times that Republicans who had endorsed him should reconsider. “This is the most un-American thing from a politician since Joe McCarthy,” Mr. Graham said. “If anybody was looking for an off-ramp, this is probably it.”

Senator Mark Kirk of Illinois, who faces a difficult re-election campaign, went further still, announcing on Tuesday that he could no longer support Mr. Trump. In a statement, Mr. Kirk said the nominee’s words were “dead wrong” and “un-American.”

The Senate majority leader, Mitch McConnell of Kentucky, struck a more measured tone. Mr. McConnell told reporters he “couldn’t disagree more” with Mr. Trump’s remarks, but he said it was up to the candidate to change course. “It’s time to quit attacking various people that you competed with or various minority groups in the country and get on message,” the Kentucky senator said.

Even some of Mr. Trump’s most loyal allies have voiced concern. Newt Gingrich, the former House speaker, who has been mentioned as a possible running mate, said on Fox News on Sunday that the comments were “one of the worst mistakes Trump has made.” He later said in an interview that he hoped the episode would prove to be “a learning moment.”

The controversy has unsettled Republican donors as well. Several major contributors who had been preparing to attend a fund-raiser for Mr. Trump in New York this month said they were reconsidering. One of them, a Wall Street executive who asked not to be identified because he did not want to anger the campaign, said the comments had made it “very hard to write a check with a straight face.”

Mr. Trump’s campaign has struggled to raise money in recent weeks. Filings with the Federal Election Commission show the campaign had $1.3 million in cash at the end of May, compared with more than $42 million for Mrs. Clinton.

The Clinton campaign, for its part, has seized on the episode. Mrs. Clinton said at a rally in Newark on Monday that Mr. Trump’s attacks on the judge showed he was “temperamentally unfit” to be president. Her campaign chairman, John D. Podesta, wrote on Twitter that Republicans “now own” their nominee’s words.

Polls suggest the damage could be lasting. A Gallup survey conducted last week found that 70 percent of Hispanic voters had a “very unfavorable” view of Mr. Trump. Another survey, by The Wall Street Journal and NBC News, found the race tightening nationally, but its authors said the judge controversy had not yet been fully reflected in the results.

Trump University, which Mr. Trump founded in 2005 and which stopped enrolling students in 2010, offered seminars in real estate investing. Former students who paid as much as $35,000 have sued, claiming the program was a fraud.

Mr. Trump has said he will win the case and has suggested he may reopen the business once the litigation ends. On Tuesday, his lawyer in the case, Daniel Petrocelli, said in court papers that the plaintiffs had “no credible evidence” to support their claims.

For Mr. Ryan, the episode was a preview of what could be a long summer. His allies say he believes the House agenda, a series of policy proposals that he plans to roll out over the next month, gives Republicans something to run on regardless of the top of the ticket.

“We’ve got to show people what we’re for,” Mr. Ryan said Tuesday, before leaving to tour the community center. “That’s my job, and I’m going to keep doing it.”
""", r"""
said || Mr. Ryan@@Mr. Ryan said at a news || Mr. Trump’s repeated attacks on a federal judge overseeing a lawsuit against Trump University were “the textbook definition of a racist comment.” || named_person
said || the Wisconsin Republican || he would not withdraw his endorsement || named_person
arguing || the Wisconsin Republican || a Republican president would be far more likely than Hillary Clinton to sign the House agenda into law || named_person
said || Mr. Ryan@@Mr. Ryan said. “But || “I disavow these comments. I regret those comments he made,” ++ “But do I believe that Hillary Clinton is the answer? No, I do not.” || named_person
has said || Mr. Trump@@Mr. Trump has said that Judge || Judge Gonzalo P. Curiel, who was born in Indiana, cannot rule fairly in the case because of his Mexican heritage and because of Mr. Trump’s plans to build a wall on the southern border || named_person
said || Mr. Trump@@Mr. Trump said his comments || his comments had been “misconstrued as a categorical attack against people of Mexican heritage.” || named_person
said || The statement || the candidate did not “intend to comment on this matter any further.” || document
said || A person close to the speaker, who insisted on anonymity to discuss private conversations || Mr. Ryan had told colleagues that he was “not going to be the party’s chief apologist” and that they should feel free to criticize the nominee when they disagreed with him || anonymous
said || The person@@The person said || the speaker had spoken by phone with Mr. Trump on Sunday and urged him to move on || anonymous
said || She@@She said the speaker’s || the speaker’s views were “clear from his remarks.” || named_person
told || Senator Lindsey Graham of South Carolina, who ran against Mr. Trump in the primaries || Republicans who had endorsed him should reconsider || named_person
said || Mr. Graham || “This is the most un-American thing from a politician since Joe McCarthy,” ++ “If anybody was looking for an off-ramp, this is probably it.” || named_person
announcing || Senator Mark Kirk of Illinois, who faces a difficult re-election campaign || he could no longer support Mr. Trump || named_person
said || Mr. Kirk || the nominee’s words were “dead wrong” and “un-American.” || named_person
told || Mr. McConnell || he “couldn’t disagree more” with Mr. Trump’s remarks || named_person
said || he@@he said it was up to || it was up to the candidate to change course || named_person
said || the Kentucky senator || “It’s time to quit attacking various people that you competed with or various minority groups in the country and get on message,” || named_person
said || Newt Gingrich, the former House speaker, who has been mentioned as a possible running mate || the comments were “one of the worst mistakes Trump has made.” || named_person
said || He@@He later said || he hoped the episode would prove to be “a learning moment.” || named_person
said || Several major contributors who had been preparing to attend a fund-raiser for Mr. Trump in New York this month || they were reconsidering || anonymous
said || One of them, a Wall Street executive who asked not to be identified because he did not want to anger the campaign || the comments had made it “very hard to write a check with a straight face.” || anonymous
show || Filings with the Federal Election Commission || the campaign had $1.3 million in cash at the end of May, compared with more than $42 million for Mrs. Clinton || document
said || Mrs. Clinton || Mr. Trump’s attacks on the judge showed he was “temperamentally unfit” to be president || named_person
wrote || Her campaign chairman, John D. Podesta || Republicans “now own” their nominee’s words || named_person
suggest || Polls || the damage could be lasting || document
found || A Gallup survey conducted last week || 70 percent of Hispanic voters had a “very unfavorable” view of Mr. Trump || document
found || Another survey, by The Wall Street Journal and NBC News || the race tightening nationally || document
said || its authors || the judge controversy had not yet been fully reflected in the results || anonymous
claiming || Former students who paid as much as $35,000 || the program was a fraud || anonymous
has said || Mr. Trump@@Mr. Trump has said he will || he will win the case || named_person
has suggested || Mr. Trump@@Mr. Trump has said he will || he may reopen the business once the litigation ends || named_person
said || his lawyer in the case, Daniel Petrocelli || the plaintiffs had “no credible evidence” to support their claims || named_person
say || His allies || he believes the House agenda, a series of policy proposals that he plans to roll out over the next month, gives Republicans something to run on regardless of the top of the ticket || anonymous
said || Mr. Ryan@@Mr. Ryan said Tuesday, before || “We’ve got to show people what we’re for,” ++ “That’s my job, and I’m going to keep doing it.” || named_person
""")
# ---------------------------------------------------------------- u06 (New York Times, curly quotes)
add("u06", "New York Times", r"""
Sanders Presses Platform Demands as Clinton Allies Urge Unity

BURLINGTON, Vt. - Senator Bernie Sanders of Vermont said on Thursday that he would take his fight over the Democratic Party’s platform to the convention floor in Philadelphia if the drafting committee rejected his proposals on trade, the minimum wage and Wall Street regulation.

Speaking to about 200 supporters in a high school gymnasium here, Mr. Sanders said the party faced a choice between “the status quo and a political revolution.” He did not mention Hillary Clinton by name, but he said that “a lot of people in the Democratic establishment” wanted him to stop talking.

“I’m not going to stop talking,” the senator said, to loud applause. “We have 12 million votes behind us, and those votes are going to be heard.”

The remarks came as Mrs. Clinton’s allies grew increasingly impatient with the Vermont senator, who has not formally conceded the nomination even though she secured a majority of pledged delegates last week. Several Democratic senators who have endorsed Mrs. Clinton said privately that they hoped Mr. Sanders would endorse her before the convention opens on July 25.

One of them, speaking on the condition of anonymity to avoid appearing to pressure Mr. Sanders, said the senator had “earned the right to take his time.” But the lawmaker added that “every week he waits is a week Donald Trump gets for free.”

Jeff Weaver, Mr. Sanders’s campaign manager, said in an interview that the campaign was in regular contact with Clinton aides and that talks over the platform had been “productive.” Mr. Weaver, a longtime adviser who once ran a comic book store in Virginia, said Mr. Sanders would decide on an endorsement “when he’s ready and not a day before.”

The Clinton campaign has tried to avoid any appearance of gloating. Its chairman, John D. Podesta, told reporters on a conference call that Mrs. Clinton “deeply respects” the movement Mr. Sanders built and wanted his supporters to feel “at home” in the party. Mr. Podesta said the campaign had agreed to several of Mr. Sanders’s requests on the platform, including language calling for the abolition of the death penalty.

The platform drafting committee, which met in St. Louis last week, is made up of 15 members, five of them appointed by Mr. Sanders. A draft circulated to committee members on Wednesday and reviewed by The New York Times calls for a $15 federal minimum wage but does not oppose the Trans-Pacific Partnership trade agreement, a central demand of the Sanders campaign.

The Sanders campaign called the omission “unacceptable.” In a letter to the committee, Mr. Weaver wrote that millions of workers had lost their jobs because of “disastrous trade agreements” and that the party could not afford to be “on the wrong side of this fight.”

Debbie Wasserman Schultz, the chairwoman of the Democratic National Committee, has been a frequent target of Mr. Sanders and his supporters, who say she tilted the primary calendar and the debate schedule in Mrs. Clinton’s favor. A spokesman for the committee, Mark Paustenbach, said the chairwoman had “always remained neutral” and would work with both campaigns to produce “a platform every Democrat can be proud of.”

Some Sanders delegates say they will not be satisfied with changes to the platform alone. Nomiki Konst, a Sanders supporter who serves on the rules committee, said she wanted the party to eliminate superdelegates, the party leaders and elected officials who can vote for any candidate at the convention. “The system is rigged from the top down,” Ms. Konst said.

Superdelegates were created in the early 1980s after a series of divisive conventions. Of the 712 superdelegates, more than 580 have said they support Mrs. Clinton, according to a tally by The Associated Press.

Mr. Sanders’s supporters remain deeply skeptical of Mrs. Clinton. A Pew Research Center survey released this week found that 85 percent of Sanders voters planned to vote for her in November, but only about a third of them described themselves as enthusiastic. Many said they viewed her as too close to Wall Street.

Cornel West, the philosopher and activist whom Mr. Sanders appointed to the drafting committee, said he was not yet prepared to support Mrs. Clinton. Dr. West told reporters in St. Louis that he was “not a Clinton man” and that he might vote for the Green Party’s candidate, Jill Stein.

Mrs. Clinton, campaigning in Ohio on Thursday, said she was “confident” the party would come together. “Senator Sanders and I agree on far more than we disagree,” she said. “And we both agree that Donald Trump must never be president.”

Party elders have suggested that time is on Mrs. Clinton’s side. Senator Barbara Boxer of California, who has known Mr. Sanders since they served together in the House, said she expected him to “do the right thing.” The California Democrat said the two candidates had been bitter rivals eight years ago as well, recalling that Mrs. Clinton herself had waited several days before endorsing Barack Obama.

Still, Sanders aides acknowledged that the campaign had no clear timetable. A senior adviser, who was not authorized to speak publicly about internal discussions, said Mr. Sanders was “genuinely torn” and wanted assurances on the platform before he would say anything more.
""", r"""
said || Senator Bernie Sanders of Vermont || he would take his fight over the Democratic Party’s platform to the convention floor in Philadelphia if the drafting committee rejected his proposals on trade, the minimum wage and Wall Street regulation || named_person
said || Mr. Sanders@@Mr. Sanders said the party || the party faced a choice between “the status quo and a political revolution.” || named_person
said || he@@he said that “a lot || “a lot of people in the Democratic establishment” wanted him to stop talking || named_person
said || the senator@@the senator said, to loud || “I’m not going to stop talking,” ++ “We have 12 million votes behind us, and those votes are going to be heard.” || named_person
said || Several Democratic senators who have endorsed Mrs. Clinton || they hoped Mr. Sanders would endorse her before the convention opens on July 25 || anonymous
said || One of them, speaking on the condition of anonymity to avoid appearing to pressure Mr. Sanders || the senator had “earned the right to take his time.” || anonymous
added || the lawmaker || “every week he waits is a week Donald Trump gets for free.” || anonymous
said || Jeff Weaver, Mr. Sanders’s campaign manager || the campaign was in regular contact with Clinton aides and that talks over the platform had been “productive.” || named_person
said || Mr. Weaver, a longtime adviser who once ran a comic book store in Virginia || Mr. Sanders would decide on an endorsement “when he’s ready and not a day before.” || named_person
told || Its chairman, John D. Podesta || Mrs. Clinton “deeply respects” the movement Mr. Sanders built and wanted his supporters to feel “at home” in the party || named_person
said || Mr. Podesta || the campaign had agreed to several of Mr. Sanders’s requests on the platform, including language calling for the abolition of the death penalty || named_person
calls for || A draft circulated to committee members on Wednesday and reviewed by The New York Times || a $15 federal minimum wage || document
called || The Sanders campaign || the omission “unacceptable.” || named_org
wrote || Mr. Weaver@@Mr. Weaver wrote || millions of workers had lost their jobs because of “disastrous trade agreements” and that the party could not afford to be “on the wrong side of this fight.” || named_person
say || Mr. Sanders and his supporters || she tilted the primary calendar and the debate schedule in Mrs. Clinton’s favor || named_person
said || A spokesman for the committee, Mark Paustenbach || the chairwoman had “always remained neutral” and would work with both campaigns to produce “a platform every Democrat can be proud of.” || named_person
say || Some Sanders delegates || they will not be satisfied with changes to the platform alone || anonymous
said || Nomiki Konst, a Sanders supporter who serves on the rules committee || she wanted the party to eliminate superdelegates, the party leaders and elected officials who can vote for any candidate at the convention || named_person
said || Ms. Konst || “The system is rigged from the top down,” || named_person
according to || a tally by The Associated Press || Of the 712 superdelegates, more than 580 have said they support Mrs. Clinton || media
found || A Pew Research Center survey released this week || 85 percent of Sanders voters planned to vote for her in November, but only about a third of them described themselves as enthusiastic || document
said || Many@@Many said || they viewed her as too close to Wall Street || anonymous
said || Cornel West, the philosopher and activist whom Mr. Sanders appointed to the drafting committee || he was not yet prepared to support Mrs. Clinton || named_person
told || Dr. West || he was “not a Clinton man” and that he might vote for the Green Party’s candidate, Jill Stein || named_person
said || Mrs. Clinton, campaigning in Ohio on Thursday || she was “confident” the party would come together || named_person
said || she@@she said. “And || “Senator Sanders and I agree on far more than we disagree,” ++ “And we both agree that Donald Trump must never be president.” || named_person
have suggested || Party elders || time is on Mrs. Clinton’s side || anonymous
said || Senator Barbara Boxer of California, who has known Mr. Sanders since they served together in the House || she expected him to “do the right thing.” || named_person
said || The California Democrat || the two candidates had been bitter rivals eight years ago as well || named_person
recalling || The California Democrat || Mrs. Clinton herself had waited several days before endorsing Barack Obama || named_person
acknowledged || Sanders aides || the campaign had no clear timetable || anonymous
said || A senior adviser, who was not authorized to speak publicly about internal discussions || Mr. Sanders was “genuinely torn” and wanted assurances on the platform before he would say anything more || anonymous
""")
# ---------------------------------------------------------------- u07 (USA Today, curly quotes)
add("u07", "USA Today", r"""
Zika funding fight stalls in Congress as mosquito season arrives

WASHINGTON - Congress left town Thursday without approving money to fight the Zika virus, and public health officials warned that the delay could hamper efforts to contain the disease as mosquito season reaches its peak in the South.

Dr. Tom Frieden, director of the Centers for Disease Control and Prevention, told USA TODAY that the agency had already shifted money from its Ebola response and other programs to keep its Zika work going. “We are scraping the bottom of the barrel,” Frieden said. “We can’t develop a vaccine or track the virus with money we don’t have.”

The CDC says more than 500 Americans have been infected with Zika, nearly all of them after travel to Latin America and the Caribbean. The virus can cause severe birth defects, including microcephaly, when pregnant women are infected.

President Obama asked Congress in February for $1.9 billion. The Senate passed a $1.1 billion compromise last month, but the House and Senate have been unable to agree on a final bill. House Republicans attached provisions restricting funding for Planned Parenthood and easing pesticide rules, which Democrats call “poison pills.”

Senate Minority Leader Harry Reid said Republicans had “played politics with women’s health” and vowed to block the House version. The Nevada Democrat said his caucus would not accept “a bill written to pick a fight.”

House Speaker Paul Ryan’s office blamed Democrats. His spokeswoman, AshLee Strong, said in an email that Democrats had voted against “$1.1 billion to fight Zika” and that they would have to explain that vote to their constituents.

Inside the Capitol, frustration is bipartisan. Sen. Marco Rubio, the Florida Republican who is seeking re-election after ending his presidential campaign, said he was “disappointed” in both parties. “Mosquitoes don’t care about party labels,” Rubio told reporters outside the Senate chamber. He said he would support any bill that could pass.

Florida is the state most at risk. Gov. Rick Scott, a Republican, has asked the federal government for additional mosquito-control money and said in a statement this week that the state “cannot wait for Washington to get its act together.” Scott’s office said Florida had spent $26 million of its own money on the effort.

Several House Republican aides, speaking on condition of anonymity because negotiations were still underway, said leadership was considering a short-term funding measure when lawmakers return in September. One aide said the idea had support from Appropriations Committee Chairman Hal Rogers of Kentucky. Another cautioned that “nothing is final.”

Rogers, in a brief interview, said only that the committee was “looking at every option.” The Kentucky Republican, who has led the committee since 2011, said he remained hopeful that a deal could be reached before the first locally transmitted cases appear on the mainland.

A report released this week by the Government Accountability Office found that federal agencies had not coordinated their mosquito-control efforts and lacked a clear plan for a domestic outbreak. The report recommended that the Department of Health and Human Services designate a single official to lead the response.

Health and Human Services Secretary Sylvia Burwell said the department agreed with the recommendation. In a letter to lawmakers, she wrote that the administration had “done everything within our authority” and needed Congress to act.

Public health experts say the consequences of delay could be severe. Dr. Peter Hotez, dean of the National School of Tropical Medicine at Baylor College of Medicine, said Houston, New Orleans and Miami were especially vulnerable because of their climate and large numbers of travelers. “This is the year we find out how ready we are,” he said. “My worry is that the answer is not very.”

Politico reported Wednesday that the White House had considered moving additional money from other accounts but concluded that it lacked the legal authority to do so. White House press secretary Josh Earnest declined to comment on the report, but he said the administration had “exhausted” the options available to it.

The public appears to be paying attention. A Kaiser Family Foundation survey released last week found that 4 in 10 Americans were worried about Zika spreading in their community. Women of childbearing age were the most concerned, the survey found.

In Miami, Ana Fernandez, who is five months pregnant, said she had stopped walking in the evening and now wears long sleeves even in 90-degree heat. The 29-year-old said she was following the news out of Washington closely. “They keep arguing,” she said, “and we keep waiting.”

Aides in both parties said they expected the issue to return when Congress reconvenes after Labor Day, when the fight over Zika will be folded into a broader spending bill needed to keep the government open past Sept. 30.
""", r"""
warned || public health officials || the delay could hamper efforts to contain the disease as mosquito season reaches its peak in the South || anonymous
told || Dr. Tom Frieden, director of the Centers for Disease Control and Prevention || the agency had already shifted money from its Ebola response and other programs to keep its Zika work going || named_person
said || Frieden@@Frieden said || “We are scraping the bottom of the barrel,” ++ “We can’t develop a vaccine or track the virus with money we don’t have.” || named_person
says || The CDC || more than 500 Americans have been infected with Zika, nearly all of them after travel to Latin America and the Caribbean || named_org
call || Democrats@@Democrats call || provisions restricting funding for Planned Parenthood and easing pesticide rules ++ “poison pills.” || named_org
said || Senate Minority Leader Harry Reid || Republicans had “played politics with women’s health” || named_person
vowed || Senate Minority Leader Harry Reid || to block the House version || named_person
said || The Nevada Democrat || his caucus would not accept “a bill written to pick a fight.” || named_person
said || His spokeswoman, AshLee Strong || Democrats had voted against “$1.1 billion to fight Zika” and that they would have to explain that vote to their constituents || named_person
said || Sen. Marco Rubio, the Florida Republican who is seeking re-election after ending his presidential campaign || he was “disappointed” in both parties || named_person
told || Rubio@@Rubio told || “Mosquitoes don’t care about party labels,” || named_person
said || He@@He said he would support || he would support any bill that could pass || named_person
said || Gov. Rick Scott, a Republican || the state “cannot wait for Washington to get its act together.” || named_person
said || Scott’s office || Florida had spent $26 million of its own money on the effort || named_org
said || Several House Republican aides, speaking on condition of anonymity because negotiations were still underway || leadership was considering a short-term funding measure when lawmakers return in September || anonymous
said || One aide || the idea had support from Appropriations Committee Chairman Hal Rogers of Kentucky || anonymous
cautioned || Another || “nothing is final.” || anonymous
said || Rogers, in a brief interview || the committee was “looking at every option.” || named_person
said || The Kentucky Republican, who has led the committee since 2011 || he remained hopeful that a deal could be reached before the first locally transmitted cases appear on the mainland || named_person
found || A report released this week by the Government Accountability Office || federal agencies had not coordinated their mosquito-control efforts and lacked a clear plan for a domestic outbreak || document
recommended || The report || the Department of Health and Human Services designate a single official to lead the response || document
said || Health and Human Services Secretary Sylvia Burwell || the department agreed with the recommendation || named_person
wrote || she@@she wrote || the administration had “done everything within our authority” and needed Congress to act || named_person
say || Public health experts || the consequences of delay could be severe || anonymous
said || Dr. Peter Hotez, dean of the National School of Tropical Medicine at Baylor College of Medicine || Houston, New Orleans and Miami were especially vulnerable because of their climate and large numbers of travelers || named_person
said || he@@he said. “My || “This is the year we find out how ready we are,” ++ “My worry is that the answer is not very.” || named_person
reported || Politico || the White House had considered moving additional money from other accounts but concluded that it lacked the legal authority to do so || media
said || he@@he said the administration || the administration had “exhausted” the options available to it || named_person
found || A Kaiser Family Foundation survey released last week || 4 in 10 Americans were worried about Zika spreading in their community || document
found || the survey@@the survey found || Women of childbearing age were the most concerned || document
said || Ana Fernandez, who is five months pregnant || she had stopped walking in the evening and now wears long sleeves even in 90-degree heat || named_person
said || The 29-year-old || she was following the news out of Washington closely || named_person
said || she@@she said, || “They keep arguing,” ++ “and we keep waiting.” || named_person
said || Aides in both parties || they expected the issue to return when Congress reconvenes after Labor Day, when the fight over Zika will be folded into a broader spending bill needed to keep the government open past Sept. 30 || anonymous
""")
# ---------------------------------------------------------------- u08 (USA Today, curly quotes)
add("u08", "USA Today", r"""
Gary Johnson bets on debate stage as voters sour on Trump and Clinton

Libertarian presidential nominee Gary Johnson says he is closer than any third-party candidate in two decades to a spot on the fall debate stage, and his campaign is spending heavily to prove it.

The former New Mexico governor told USA TODAY on Monday that he expected to reach 15% in national polls by Labor Day, the threshold set by the Commission on Presidential Debates. “If we’re on that stage, everything changes,” Johnson said. “People will see there’s a third choice, and it’s not a crazy one.”

A new USA TODAY/Suffolk University poll shows Johnson at 8% nationally, with Democrat Hillary Clinton at 46% and Republican Donald Trump at 39%. The poll found that nearly half of voters under 35 said they were unhappy with both major-party nominees.

Johnson’s running mate, former Massachusetts governor Bill Weld, said the ticket was hearing from Republicans who “can’t stomach” Trump. Weld, who served two terms as a Republican governor in the 1990s, said he had spoken with “dozens” of former GOP donors in recent weeks and that several had written checks.

Two of those donors, who asked not to be identified because they still hold positions in the Republican Party, confirmed that they had given to the Libertarian ticket. One said the decision had been “easy once I saw the alternatives.”

The commission, a nonprofit that has sponsored every general-election debate since 1988, uses an average of five national polls to decide who qualifies. Its co-chairman, Frank Fahrenkopf, said the rule was “fair, clear and applied equally” and that the commission had no plans to change it.

Critics say the threshold is nearly impossible to meet without the exposure that comes from the debates themselves. Nicholas Sarwark, chairman of the Libertarian National Committee, called the rule “a catch-22 designed by the two parties to protect the two parties.” The Libertarian Party has filed a lawsuit challenging the commission’s criteria, and a federal judge is expected to rule this summer.

Johnson’s campaign spokesman, Joe Hunter, said the campaign would spend about $1 million on television ads in Colorado, Utah and New Mexico in July. According to Hunter, the campaign raised $2.1 million in June, its best month so far.

Federal Election Commission records show that the campaign had about $1.2 million in the bank at the end of May, a fraction of what the major-party campaigns have raised.

Johnson, who ran as the Libertarian nominee in 2012 and won about 1% of the vote, has sought to present himself as a fiscally conservative, socially liberal alternative. He supports legalizing marijuana and abortion rights, and he opposes most federal spending increases.

The Trump campaign has dismissed the Libertarian threat. A senior Trump adviser, who requested anonymity to speak freely about campaign strategy, said internal polling showed that Johnson was drawing more support from Clinton than from Trump. “He’s a spoiler, and he’s spoiling her, not us,” the adviser said.

The Clinton campaign has said little about Johnson publicly, but her aides are watching closely, according to a Democrat who has discussed the race with them. The Democrat said the campaign was particularly concerned about young voters who had supported Sen. Bernie Sanders in the primaries.

The Green Party’s presumptive nominee, Jill Stein, is also courting those voters. Stein said in a statement that Sanders supporters “have a home” in her party, and she accused Johnson of being “a Republican in a Libertarian costume.”

Political scientists are skeptical that either third-party candidate will reach the debates. Larry Sabato, director of the University of Virginia’s Center for Politics, said that support for third-party candidates “almost always fades” as Election Day approaches. “Voters flirt with them in the summer and marry a major party in November,” Sabato said.

CNN reported last week that the network was in talks with the Johnson campaign about hosting a town hall with the Libertarian ticket. A CNN spokeswoman confirmed that discussions were underway but said no date had been set.

Ross Perot was the last third-party candidate to appear in a general-election debate, in 1992. He won 19% of the popular vote that year but did not carry a single state.

Johnson says he is undeterred. The 63-year-old, an avid mountain climber who has summited Mount Everest, compared the campaign to a long climb. “You don’t look at the top,” he said. “You look at the next step.”
""", r"""
says || Libertarian presidential nominee Gary Johnson || he is closer than any third-party candidate in two decades to a spot on the fall debate stage || named_person
told || The former New Mexico governor || he expected to reach 15% in national polls by Labor Day, the threshold set by the Commission on Presidential Debates || named_person
said || Johnson@@Johnson said. || “If we’re on that stage, everything changes,” ++ “People will see there’s a third choice, and it’s not a crazy one.” || named_person
shows || A new USA TODAY/Suffolk University poll || Johnson at 8% nationally, with Democrat Hillary Clinton at 46% and Republican Donald Trump at 39% || document
found || The poll || nearly half of voters under 35 said they were unhappy with both major-party nominees || document
said || Johnson’s running mate, former Massachusetts governor Bill Weld || the ticket was hearing from Republicans who “can’t stomach” Trump || named_person
said || Weld, who served two terms as a Republican governor in the 1990s || he had spoken with “dozens” of former GOP donors in recent weeks and that several had written checks || named_person
confirmed || Two of those donors, who asked not to be identified because they still hold positions in the Republican Party || they had given to the Libertarian ticket || anonymous
said || One@@One said || the decision had been “easy once I saw the alternatives.” || anonymous
said || Its co-chairman, Frank Fahrenkopf || the rule was “fair, clear and applied equally” and that the commission had no plans to change it || named_person
say || Critics || the threshold is nearly impossible to meet without the exposure that comes from the debates themselves || anonymous
called || Nicholas Sarwark, chairman of the Libertarian National Committee || the rule “a catch-22 designed by the two parties to protect the two parties.” || named_person
said || Johnson’s campaign spokesman, Joe Hunter || the campaign would spend about $1 million on television ads in Colorado, Utah and New Mexico in July || named_person
According to || Hunter@@According to Hunter || the campaign raised $2.1 million in June, its best month so far || named_person
show || Federal Election Commission records || the campaign had about $1.2 million in the bank at the end of May, a fraction of what the major-party campaigns have raised || document
said || A senior Trump adviser, who requested anonymity to speak freely about campaign strategy || internal polling showed that Johnson was drawing more support from Clinton than from Trump || anonymous
said || the adviser || “He’s a spoiler, and he’s spoiling her, not us,” || anonymous
according to || a Democrat who has discussed the race with them || The Clinton campaign has said little about Johnson publicly, but her aides are watching closely || anonymous
said || The Democrat || the campaign was particularly concerned about young voters who had supported Sen. Bernie Sanders in the primaries || anonymous
said || Stein@@Stein said || Sanders supporters “have a home” in her party || named_person
accused || she@@she accused || Johnson of being “a Republican in a Libertarian costume.” || named_person
are skeptical || Political scientists || either third-party candidate will reach the debates || anonymous
said || Larry Sabato, director of the University of Virginia’s Center for Politics || support for third-party candidates “almost always fades” as Election Day approaches || named_person
said || Sabato@@Sabato said || “Voters flirt with them in the summer and marry a major party in November,” || named_person
reported || CNN@@CNN reported || the network was in talks with the Johnson campaign about hosting a town hall with the Libertarian ticket || media
confirmed || A CNN spokeswoman || discussions were underway || anonymous
said || A CNN spokeswoman || no date had been set || anonymous
says || Johnson@@Johnson says he is undeterred || he is undeterred || named_person
said || he@@he said. “You look || “You don’t look at the top,” ++ “You look at the next step.” || named_person
""")

# ---------------------------------------------------------------- machinery
def _paras(text):
    out, pos = [], 0
    for m in re.finditer(r"\n\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out

def _occ(text, s):
    return [m.start() for m in re.finditer(re.escape(s), text)]

def _pinned(text, spec, what, doc):
    s, ctx = spec.split("@@", 1)
    c = _occ(text, ctx)
    assert len(c) == 1, f"{doc}: context for {what} not unique ({len(c)}): {ctx!r}"
    i = text.find(s, c[0], c[0] + len(ctx))
    assert i >= 0, f"{doc}: {s!r} not in context {ctx!r}"
    return (i, i + len(s))

def _dist(a, b):
    # gap between span a and list-of-spans b (0 if a lies between/inside)
    lo, hi = b[0][0], b[-1][1]
    if a[1] <= lo:
        return lo - a[1]
    if a[0] >= hi:
        return a[0] - hi
    return 0

def _overlaps(a, spans):
    return any(a[0] < e and s < a[1] for s, e in spans)

def _nearest(text, spec, anchor, avoid, what, doc):
    if "@@" in spec:
        return _pinned(text, spec, what, doc)
    para = next(p for p in _paras(text) if p[0] <= anchor[0][0] <= p[1])
    cands = [(i, i + len(spec)) for i in _occ(text, spec)
             if para[0] <= i and i + len(spec) <= para[1]]
    cands = [c for c in cands if not _overlaps(c, avoid)]
    assert cands, f"{doc}: {what} {spec!r} not found in paragraph"
    cands.sort(key=lambda c: _dist(c, anchor))
    if len(cands) > 1:
        assert _dist(cands[0], anchor) < _dist(cands[1], anchor), f"{doc}: {what} {spec!r} ambiguous"
    return cands[0]

def _span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}

def parse(doc, text, ann):
    out = []
    for line in ann.strip("\n").split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, f"{doc}: bad line {line!r}"
        cue, src, con, typ = parts
        assert typ in TYPES, f"{doc}: bad type {typ}"
        frags, prev = [], None
        for k, f in enumerate(con.split(" ++ ")):
            f = f.strip()
            if k == 0:
                if "@@" in f:
                    se = _pinned(text, f, "content", doc)
                else:
                    o = _occ(text, f)
                    assert len(o) == 1, f"{doc}: content not unique ({len(o)}): {f!r}"
                    se = (o[0], o[0] + len(f))
            else:
                i = text.find(f, prev[1])
                assert i >= 0, f"{doc}: fragment not found {f!r}"
                se = (i, i + len(f))
            frags.append(se)
            prev = se
        cse = _nearest(text, cue, frags, frags, "cue", doc)
        sse = None if src == "null" else _nearest(text, src, [cse], frags + [cse], "source", doc)
        content = _span(text, (frags[0][0], frags[-1][1]))
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        rec = {"cue": _span(text, cse), "source": _span(text, sse) if sse else None,
               "content": content, "source_type": typ}
        # checks
        assert rec["cue"]["text"] == cue.split("@@")[0]
        if sse:
            assert rec["source"]["text"] == src.split("@@")[0]
        for (s, e), f in zip(frags, con.split(" ++ "), strict=True):
            assert text[s:e] == f.strip().split("@@")[0]
        c = rec["content"]["text"]
        assert not re.match(r"that\b", c), f"{doc}: content starts with 'that': {c[:40]}"
        assert not (c.endswith(".") and not c.endswith('."') and not c.endswith(".\u201d")
                    and not c.endswith("?\"") ), f"{doc}: content ends with bare period: {c[-40:]}"
        out.append(rec)
    out.sort(key=lambda r: r["cue"]["start"])
    return out

def build():
    recs = []
    for doc, _style, text, ann in ARTICLES:
        n = int(doc[1:])
        words = len(text.split())
        assert 700 <= words <= 950, f"{doc}: {words} words"
        head, blank = text.split("\n")[0], text.split("\n")[1]
        assert head and blank == "", doc
        if n <= 4:
            assert not re.search("[\u201c\u201d\u2018\u2019]", text), f"{doc}: curly quote in straight article"
        else:
            assert '"' not in text and "'" not in text, f"{doc}: straight quote in curly article"
            assert "\u201c" in text, doc
        recs.append({"doc_id": doc, "text": text, "split": "blind",
                     "attributions": parse(doc, text, ann)})
    return recs


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind19.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
