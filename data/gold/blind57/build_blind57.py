#!/usr/bin/env python3
"""Build ``blind57.jsonl``: the fifty-seventh batch of blind test articles (session 17), held out.

12 invented 2016 political news stories of every kind, each with 14-17 attributions, written and
annotated by a helper session that never read claimtrace's code, tests or data; see NOTES.md.
Held out: scored in aggregate only, never read for errors.

Usage: ``python data/gold/blind57/build_blind57.py [--check]`` (``--check``: exit 1 if
blind57.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 57: 12 invented 2016-style political news articles with hand
annotations of attributions (PolNeAR-style spans).  Stdlib only.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
  * SOURCE is "-" when the article gives no source (type then "unknown").
  * CONTENT fragments (a quote split by the cue, or continued after it) are
    separated by " ## ".
  * Any field may be written "left<<span>>right" to pick a unique occurrence by
    its surrounding text.
  * Without context: CONTENT (first fragment) must be unique in the text; later
    fragments are the first occurrence after the previous fragment; CUE is the
    occurrence nearest the content (not overlapping it); SOURCE is the
    occurrence nearest the cue (not overlapping cue or content).  Ties are errors,
    and cue/source must sit in the same paragraph as the content.
All offsets are computed here; nothing is typed by hand.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

ARTICLES = []  # (doc_id, text, annotation block)

# ---------------------------------------------------------------- y201
ARTICLES.append(("y201", """Trump Vows to Renegotiate Trade Deals at Ohio Rally

YOUNGSTOWN, Ohio — Donald J. Trump told a crowd of several thousand supporters here on Monday that he would tear up the North American Free Trade Agreement in his first month in office, renewing a pledge that has made him competitive in industrial states that Democrats have carried for decades.

"We are going to bring the jobs back, and we are going to bring them back fast," Mr. Trump said. "Nobody has ever seen anything like what we are going to do."

The Republican nominee said Hillary Clinton had supported trade agreements that "gutted" towns like this one. He argued that her recent opposition to the Trans-Pacific Partnership was a political calculation and predicted that she would approve the pact if elected.

The Clinton campaign said the speech was recycled. "Donald Trump has spent his career making his products overseas, so he is the last person who should lecture anyone about American jobs," said Brian Fallon, a spokesman for Mrs. Clinton.

Economists have warned that withdrawing from Nafta could raise prices for consumers and provoke retaliation from Mexico and Canada. A study released last month by the Peterson Institute for International Economics estimated that a broad trade war could cost millions of American jobs.

Some Republicans in Congress worry that the message will hurt the party in farm country. One Republican senator from a farm state, who asked not to be named because he did not want to criticize the nominee publicly, said that farmers in his state depended on exports to Mexico and were "scared to death" of a trade fight.

Mr. Trump's running mate, Gov. Mike Pence of Indiana, voted for several trade deals as a congressman. On Monday, he told reporters traveling with him that he and Mr. Trump were "in complete agreement" that existing deals needed to be rewritten.

Polls show a close race in Ohio. A Quinnipiac University survey released last week found Mr. Trump and Mrs. Clinton tied at 44 percent among likely voters, with Mr. Trump leading among white voters without college degrees.

Union leaders, who have endorsed Mrs. Clinton, believe many of their members are tempted by Mr. Trump's message. "I hear it every day on the shop floor," said Tom Bialek, the president of a steelworkers local in nearby Warren. "People are angry, and he is talking to them."

Mr. Trump's campaign manager, Kellyanne Conway, said in an interview on Fox News that the campaign planned to return to Ohio at least twice more before Election Day.""", """
told || Donald J. Trump || he would tear up the North American Free Trade Agreement in his first month in office || named_person
said || Mr. Trump || "We are going to bring the jobs back, and we are going to bring them back fast," ## "Nobody has ever seen anything like what we are going to do." || named_person
said || The Republican nominee || Hillary Clinton had supported trade agreements that "gutted" towns like this one || named_person
argued || He || her recent opposition to the Trans-Pacific Partnership was a political calculation || named_person
predicted || He || she would approve the pact if elected || named_person
said || The Clinton campaign || the speech was recycled || named_org
said || Brian Fallon, a spokesman for Mrs. Clinton || "Donald Trump has spent his career making his products overseas, so he is the last person who should lecture anyone about American jobs," || named_person
have warned || Economists || withdrawing from Nafta could raise prices for consumers and provoke retaliation from Mexico and Canada || anonymous
estimated || A study released last month by the Peterson Institute for International Economics || a broad trade war could cost millions of American jobs || document
worry || Some Republicans in Congress || the message will hurt the party in farm country || anonymous
said || One Republican senator from a farm state, who asked not to be named because he did not want to criticize the nominee publicly || farmers in his state depended on exports to Mexico and were "scared to death" of a trade fight || anonymous
told || he || he and Mr. Trump were "in complete agreement" that existing deals needed to be rewritten || named_person
show || Polls || a close race in Ohio || document
found || A Quinnipiac University survey released last week || Mr. Trump and Mrs. Clinton tied at 44 percent among likely voters, with Mr. Trump leading among white voters without college degrees || document
believe || Union leaders, who have endorsed Mrs. Clinton || many of their members are tempted by Mr. Trump's message || anonymous
said || Tom Bialek, the president of a steelworkers local in nearby Warren || "I hear it every day on the shop floor," ## "People are angry, and he is talking to them." || named_person
said || Mr. Trump's campaign manager, Kellyanne Conway || the campaign planned to return to Ohio at least twice more before Election Day || named_person
"""))

# ---------------------------------------------------------------- y202
ARTICLES.append(("y202", """Zika Funding Bill Stalls Again as Senate Democrats Block Vote

WASHINGTON — A $1.1 billion measure to fight the Zika virus failed in the Senate for the third time on Tuesday, as Democrats objected to provisions that would restrict money for Planned Parenthood.

Senator Mitch McConnell of Kentucky, the majority leader, said Democrats were "playing politics with a public health emergency" and urged them to reconsider before the August recess. "Every day that goes by without this funding is a day that pregnant women are put at risk," he said on the Senate floor.

Democrats countered that Republicans had loaded the bill with unrelated riders. Senator Harry Reid of Nevada, the minority leader, called the measure "a poison pill wrapped in a ribbon," and said his caucus would not support it unless the Planned Parenthood language was removed.

The Centers for Disease Control and Prevention reported on Monday that more than 1,600 cases of the virus had been confirmed in the continental United States, nearly all of them linked to travel. Health officials expect local transmission in Florida and along the Gulf Coast within weeks.

In the House, Speaker Paul D. Ryan told reporters that the chamber had "done its job" by passing the compromise in June. A spokeswoman for Mr. Ryan, AshLee Strong, said the speaker had no plans to bring up a new version.

The White House has complained that Congress is dragging its feet. "We asked for this money in February," Josh Earnest, the White House press secretary, said at his daily briefing. "The president has been clear that this is an emergency, and it ought to be treated like one."

Several Republican senators facing difficult re-election races, including Marco Rubio of Florida, have broken with party leaders and said they would support a bill without the restrictions. Mr. Rubio said in a statement that the people of Florida "do not care about the partisan fight in Washington."

According to two Senate aides involved in the negotiations, there have been no talks between the two parties since the last vote. One of them said leaders were unlikely to reach a deal before September.

A CNN/ORC poll released this month showed that 64 percent of Americans want Congress to approve the funding immediately.""", """
said || Senator Mitch McConnell of Kentucky, the majority leader || Democrats were "playing politics with a public health emergency" || named_person
urged || Senator Mitch McConnell of Kentucky, the majority leader || them to reconsider before the August recess || named_person
said || he || "Every day that goes by without this funding is a day that pregnant women are put at risk," || named_person
countered || Democrats || Republicans had loaded the bill with unrelated riders || named_org
called || Senator Harry Reid of Nevada, the minority leader || the measure "a poison pill wrapped in a ribbon," || named_person
said || Senator Harry Reid of Nevada, the minority leader || his caucus would not support it unless the Planned Parenthood language was removed || named_person
reported || The Centers for Disease Control and Prevention || more than 1,600 cases of the virus had been confirmed in the continental United States, nearly all of them linked to travel || named_org
expect || Health officials || local transmission in Florida and along the Gulf Coast within weeks || anonymous
told || Speaker Paul D. Ryan || the chamber had "done its job" by passing the compromise in June || named_person
said || A spokeswoman for Mr. Ryan, AshLee Strong || the speaker had no plans to bring up a new version || named_person
has complained || The White House || Congress is dragging its feet || named_org
said || Josh Earnest, the White House press secretary || "We asked for this money in February," ## "The president has been clear that this is an emergency, and it ought to be treated like one." || named_person
said || Several Republican senators facing difficult re-election races, including Marco Rubio of Florida || they would support a bill without the restrictions || named_person
said || Mr. Rubio || the people of Florida "do not care about the partisan fight in Washington." || named_person
According to || two Senate aides involved in the negotiations || there have been no talks between the two parties since the last vote || anonymous
said || One of them || leaders were unlikely to reach a deal before September || anonymous
showed || A CNN/ORC poll released this month || 64 percent of Americans want Congress to approve the funding immediately || document
"""))

# ---------------------------------------------------------------- y203
ARTICLES.append(("y203", """Appeals Court Strikes Down North Carolina Voter ID Law

RICHMOND, Va. — A federal appeals court on Friday struck down North Carolina's strict voter identification law, ruling that Republican lawmakers had enacted it with the intent to discriminate against African-American voters.

In a 3-0 decision, a panel of the United States Court of Appeals for the Fourth Circuit wrote that the provisions "target African Americans with almost surgical precision." The court said the legislature had requested data on voting practices by race before drafting the law and then restricted the methods that black residents used most.

Gov. Pat McCrory, a Republican who is seeking re-election this fall, said the state would appeal to the Supreme Court. "Photo IDs are required to board a plane, buy Sudafed and cash a check, yet three Democratic judges are undermining the integrity of our elections," Mr. McCrory said in a statement.

The law, passed in 2013, required voters to show one of several forms of photo identification, cut a week of early voting and eliminated same-day registration.

The North Carolina N.A.A.C.P., which brought the suit, said the decision was "a stinging rebuke" to lawmakers. The group's president, the Rev. William J. Barber II, told supporters at a rally in Raleigh that the fight was far from over.

Legal experts said the state faced long odds at the Supreme Court, which has had eight members since the death of Justice Antonin Scalia in February. A 4-4 tie would leave the appeals court decision in place.

"It's very hard to see five votes to reverse this," said Richard L. Hasen, an election law professor at the University of California, Irvine.

Phil Berger, the Republican leader of the State Senate, argued that the ruling was driven by politics. He said the judges had been appointed by Democratic presidents and were trying to help Hillary Clinton in a swing state.

The Justice Department, which joined the lawsuit, said it was reviewing the decision. A department official, who was not authorized to speak publicly, said lawyers were confident the ruling would stand through November.

Election officials in several counties said they had begun preparing for a return to the old rules, including restoring the lost week of early voting. The state elections board did not respond to requests for comment.""", """
ruling || A federal appeals court || Republican lawmakers had enacted it with the intent to discriminate against African-American voters || named_org
wrote || a panel of the United States Court of Appeals for the Fourth Circuit || the provisions "target African Americans with almost surgical precision." || named_org
said || The court || the legislature had requested data on voting practices by race before drafting the law and then restricted the methods that black residents used most || named_org
said || Gov. Pat McCrory, a Republican who is seeking re-election this fall || the state would appeal to the Supreme Court || named_person
said || Mr. McCrory || "Photo IDs are required to board a plane, buy Sudafed and cash a check, yet three Democratic judges are undermining the integrity of our elections," || named_person
said || The North Carolina N.A.A.C.P., which brought the suit || the decision was "a stinging rebuke" to lawmakers || named_org
told || The group's president, the Rev. William J. Barber II || the fight was far from over || named_person
said || Legal experts || the state faced long odds at the Supreme Court, which has had eight members since the death of Justice Antonin Scalia in February || anonymous
said || Richard L. Hasen, an election law professor at the University of California, Irvine || "It's very hard to see five votes to reverse this," || named_person
argued || Phil Berger, the Republican leader of the State Senate || the ruling was driven by politics || named_person
said || He || the judges had been appointed by Democratic presidents and were trying to help Hillary Clinton in a swing state || named_person
said || The Justice Department, which joined the lawsuit || it was reviewing the decision || named_org
said || A department official, who was not authorized to speak publicly || lawyers were confident the ruling would stand through November || anonymous
said || Election officials in several counties || they had begun preparing for a return to the old rules, including restoring the lost week of early voting || anonymous
"""))

# ---------------------------------------------------------------- y204
ARTICLES.append(("y204", """Syria Cease-Fire Talks With Russia Stall in Geneva

GENEVA — Secretary of State John Kerry said on Thursday that negotiations with Russia over a nationwide cease-fire in Syria had stalled, and he warned that the United States would not wait indefinitely for Moscow to rein in the government of President Bashar al-Assad.

"We are not going to sit here and talk forever while people are being bombed," Mr. Kerry told reporters after more than 10 hours of meetings with Foreign Minister Sergey V. Lavrov. "There has to be a moment where we see results."

Mr. Lavrov struck a more optimistic tone, saying the two sides had narrowed their differences on most issues. The Kremlin later said in a statement that Russia remained "fully committed" to a political settlement.

American officials believe Moscow is stalling to give Syrian forces time to advance. Two senior State Department officials, who spoke on the condition of anonymity to discuss private diplomatic conversations, said Moscow had repeatedly backed away from commitments to ground Syrian aircraft.

At the White House, President Obama has resisted pressure for a more forceful response. The Wall Street Journal reported last week that the Pentagon had drawn up options for limited strikes on Syrian airfields, but that Mr. Obama had shown little interest in them.

Josh Earnest, the White House press secretary, would not discuss the report. He said the president believed there was "no military solution" to the conflict.

The stakes are rising in Aleppo, where a United Nations report released Wednesday estimated that 250,000 civilians were trapped without reliable access to food or medicine. Aid groups say conditions there are the worst of the five-year war.

On Capitol Hill, Republicans have argued that the administration's approach emboldens Moscow. Senator John McCain of Arizona, the chairman of the Armed Services Committee, said the talks were "a fig leaf for Russian aggression."

Mr. Kerry, asked about that criticism, said he understood the frustration but believed diplomacy remained the only path. "The alternative is more war," he said.

The two diplomats are scheduled to meet again next week in Geneva, according to a State Department spokesman.""", """
said || Secretary of State John Kerry || negotiations with Russia over a nationwide cease-fire in Syria had stalled || named_person
warned || he || the United States would not wait indefinitely for Moscow to rein in the government of President Bashar al-Assad || named_person
told || Mr. Kerry || "We are not going to sit here and talk forever while people are being bombed," ## "There has to be a moment where we see results." || named_person
saying || Mr. Lavrov || the two sides had narrowed their differences on most issues || named_person
said || The Kremlin || Russia remained "fully committed" to a political settlement || named_org
believe || American officials || Moscow is stalling to give Syrian forces time to advance || anonymous
said || Two senior State Department officials, who spoke on the condition of anonymity to discuss private diplomatic conversations || Moscow had repeatedly backed away from commitments to ground Syrian aircraft || anonymous
reported || The Wall Street Journal || the Pentagon had drawn up options for limited strikes on Syrian airfields, but that Mr. Obama had shown little interest in them || media
said || He || the president believed there was "no military solution" to the conflict || named_person
estimated || a United Nations report released Wednesday || 250,000 civilians were trapped without reliable access to food or medicine || document
say || Aid groups || conditions there are the worst of the five-year war || anonymous
have argued || Republicans || the administration's approach emboldens Moscow || named_org
said || Senator John McCain of Arizona, the chairman of the Armed Services Committee || the talks were "a fig leaf for Russian aggression." || named_person
said || Mr. Kerry || he understood the frustration but believed diplomacy remained the only path || named_person
said || he || "The alternative is more war," || named_person
according to || a State Department spokesman || The two diplomats are scheduled to meet again next week in Geneva || anonymous
"""))

# ---------------------------------------------------------------- y205
ARTICLES.append(("y205", """Toomey and McGinty Locked in Tight Pennsylvania Senate Race

PHILADELPHIA — Senator Patrick J. Toomey and his Democratic challenger, Katie McGinty, are running even in one of the most expensive Senate races in the country, according to a Franklin & Marshall College poll released Wednesday.

The survey found Ms. McGinty at 43 percent and Mr. Toomey at 42 percent among likely voters, a statistical tie. The poll's director, G. Terry Madonna, said the race had tightened since August as Republican voters returned to Mr. Toomey.

Mr. Toomey, a first-term Republican, has not said whether he will vote for Donald J. Trump. Democrats say his silence is an attempt to have it both ways. "Pat Toomey has had months to tell voters where he stands, and he still won't do it," Ms. McGinty said at a campaign stop in Scranton on Tuesday.

Mr. Toomey's campaign said the senator had been "clear and consistent" that he disagreed with Mr. Trump on several issues, including trade. Ben Wakana, a spokesman for the McGinty campaign, called the answer "a dodge."

Outside groups have poured more than $60 million into the race, according to an analysis by the Center for Responsive Politics. Strategists in both parties think the contest could decide control of the Senate.

Some Republican donors fear that Mr. Trump's weakness in the Philadelphia suburbs will drag Mr. Toomey down. A fund-raiser for the senator, who requested anonymity to speak candidly about the campaign's finances, said several major contributors had "closed their checkbooks" after the party's convention in July.

Turnout in Philadelphia will be crucial for Democrats. Mayor Jim Kenney told The Philadelphia Inquirer that the city's Democratic machine was "better organized than it has been in a generation."

Mr. Toomey's allies dispute that the suburbs are slipping away. "Pat has won these voters before, and he is going to win them again," said Mark Harris, a Republican consultant who advises the senator's campaign.

President Obama is expected to campaign for Ms. McGinty in Pittsburgh next week, the White House said.""", """
according to || a Franklin & Marshall College poll released Wednesday || Senator Patrick J. Toomey and his Democratic challenger, Katie McGinty, are running even in one of the most expensive Senate races in the country || document
found || The survey || Ms. McGinty at 43 percent and Mr. Toomey at 42 percent among likely voters, a statistical tie || document
said || The poll's director, G. Terry Madonna || the race had tightened since August as Republican voters returned to Mr. Toomey || named_person
say || Democrats || his silence is an attempt to have it both ways || named_org
said || Ms. McGinty || "Pat Toomey has had months to tell voters where he stands, and he still won't do it," || named_person
said || Mr. Toomey's campaign || the senator had been "clear and consistent" that he disagreed with Mr. Trump on several issues, including trade || named_org
called || Ben Wakana, a spokesman for the McGinty campaign || the answer "a dodge." || named_person
according to || an analysis by the Center for Responsive Politics || Outside groups have poured more than $60 million into the race || document
think || Strategists in both parties || the contest could decide control of the Senate || anonymous
fear || Some Republican donors || Mr. Trump's weakness in the Philadelphia suburbs will drag Mr. Toomey down || anonymous
said || A fund-raiser for the senator, who requested anonymity to speak candidly about the campaign's finances || several major contributors had "closed their checkbooks" after the party's convention in July || anonymous
told || Mayor Jim Kenney || the city's Democratic machine was "better organized than it has been in a generation." || named_person
dispute || Mr. Toomey's allies || the suburbs are slipping away || anonymous
said || Mark Harris, a Republican consultant who advises the senator's campaign || "Pat has won these voters before, and he is going to win them again," || named_person
said || the White House || President Obama is expected to campaign for Ms. McGinty in Pittsburgh next week || named_org
"""))

# ---------------------------------------------------------------- y206
ARTICLES.append(("y206", """Comey Defends F.B.I. Decision Not to Charge Clinton Before House Panel

WASHINGTON — The director of the F.B.I., James B. Comey, told a House committee on Thursday that no reasonable prosecutor would have brought criminal charges against Hillary Clinton over her use of a private email server, and he said the decision had not been influenced by politics.

"I know there's been a lot of questions and concerns about whether this was rigged," Mr. Comey said. "It was not. We did it the right way."

Republicans on the House Oversight and Government Reform Committee pressed him for nearly five hours. The committee's chairman, Representative Jason Chaffetz of Utah, said Mrs. Clinton had lied to Congress when she testified that she never sent classified material on the private account. He said he would ask the Justice Department to investigate whether she had committed perjury.

Mr. Comey acknowledged that some of Mrs. Clinton's public statements about the server had been inaccurate. But he said investigators had found no evidence that she intended to break the law.

Democrats on the panel called the hearing a political exercise. Representative Elijah E. Cummings of Maryland, the ranking Democrat, said Republicans were "trying to turn the F.B.I. into a campaign prop."

The Clinton campaign said in a statement that the director's testimony "should put this matter to rest." Robby Mook, Mrs. Clinton's campaign manager, told reporters on a conference call that voters had "moved on."

Donald J. Trump was campaigning in Colorado on Thursday. At a rally in Denver, he said the system was "rigged" and that Mrs. Clinton had been protected by "very powerful people."

Attorney General Loretta E. Lynch said last week that she would accept the F.B.I.'s recommendation, after facing criticism for meeting privately with former President Bill Clinton on an airport tarmac in Phoenix.

Several former federal prosecutors said that Mr. Comey had broken with Justice Department practice by publicly criticizing a person he had decided not to charge. One former senior department official called his remarks "unprecedented and unfair."

A Washington Post-ABC News poll conducted after the announcement found that 56 percent of Americans disagreed with the decision not to charge Mrs. Clinton.""", """
told || The director of the F.B.I., James B. Comey || no reasonable prosecutor would have brought criminal charges against Hillary Clinton over her use of a private email server || named_person
said || he || the decision had not been influenced by politics || named_person
said || Mr. Comey || "I know there's been a lot of questions and concerns about whether this was rigged," ## "It was not. We did it the right way." || named_person
said || The committee's chairman, Representative Jason Chaffetz of Utah || Mrs. Clinton had lied to Congress when she testified that she never sent classified material on the private account || named_person
said || He || he would ask the Justice Department to investigate whether she had committed perjury || named_person
acknowledged || Mr. Comey || some of Mrs. Clinton's public statements about the server had been inaccurate || named_person
said || he || investigators had found no evidence that she intended to break the law || named_person
called || Democrats on the panel || the hearing a political exercise || anonymous
said || Representative Elijah E. Cummings of Maryland, the ranking Democrat || Republicans were "trying to turn the F.B.I. into a campaign prop." || named_person
said || The Clinton campaign || the director's testimony "should put this matter to rest." || named_org
told || Robby Mook, Mrs. Clinton's campaign manager || voters had "moved on." || named_person
said || he || the system was "rigged" and that Mrs. Clinton had been protected by "very powerful people." || named_person
said || Attorney General Loretta E. Lynch || she would accept the F.B.I.'s recommendation || named_person
said || Several former federal prosecutors || Mr. Comey had broken with Justice Department practice by publicly criticizing a person he had decided not to charge || anonymous
called || One former senior department official || his remarks "unprecedented and unfair." || anonymous
found || A Washington Post-ABC News poll conducted after the announcement || 56 percent of Americans disagreed with the decision not to charge Mrs. Clinton || document
"""))

# ---------------------------------------------------------------- y207
ARTICLES.append(("y207", """Sanders Backers Remain Wary as Convention Nears

BURLINGTON, Vt. — Senator Bernie Sanders on Sunday urged his supporters to unite behind Hillary Clinton, but many of the young voters who powered his insurgent campaign said they were not ready to follow him.

“I understand the disappointment,” Mr. Sanders said at a gathering of volunteers here. “But the stakes in this election are too high for any of us to sit on the sidelines.”

The Vermont senator endorsed Mrs. Clinton last week after weeks of negotiations over the Democratic platform. His aides said he had won significant concessions on the minimum wage, college tuition and the influence of money in politics.

Many of his supporters are unconvinced. A survey by the Pew Research Center found that only about half of Mr. Sanders’s primary voters planned to support Mrs. Clinton in November, while roughly one in five said they were considering a third-party candidate.

“She represents everything we were fighting against,” said Megan Doyle, 24, a graduate student who volunteered for Mr. Sanders in New Hampshire. “I’m not going to pretend otherwise.”

Clinton campaign officials believe most of those voters will come around by the fall. John D. Podesta, the campaign’s chairman, said on MSNBC that the party was “more unified than it was at this point in 2008.”

Jill Stein, the Green Party’s presumptive nominee, has openly courted Mr. Sanders’s supporters. She told The Guardian that she would welcome Mr. Sanders onto her ticket. His campaign said he had no interest in the offer.

Several progressive groups have organized protests at the Democratic National Convention in Philadelphia. An organizer with one of those groups, who did not want to be identified because the plans were not final, said thousands of demonstrators were expected on the first day.

Republicans have seized on the rift. Donald J. Trump wrote on Twitter that Mr. Sanders had “sold out” to the Democratic establishment, and the Republican National Committee released a video highlighting the senator’s past criticism of Mrs. Clinton.

Jeff Weaver, Mr. Sanders’s campaign manager, said the senator would speak on the convention’s opening night. “Bernie is going to do everything he can to defeat Donald Trump,” Mr. Weaver said.""", """
urged || Senator Bernie Sanders || his supporters to unite behind Hillary Clinton || named_person
said || many of the young voters who powered his insurgent campaign || they were not ready to follow him || anonymous
said || Mr. Sanders || “I understand the disappointment,” ## “But the stakes in this election are too high for any of us to sit on the sidelines.” || named_person
said || His aides || he had won significant concessions on the minimum wage, college tuition and the influence of money in politics || anonymous
found || A survey by the Pew Research Center || only about half of Mr. Sanders’s primary voters planned to support Mrs. Clinton in November, while roughly one in five said they were considering a third-party candidate || document
said || Megan Doyle, 24, a graduate student who volunteered for Mr. Sanders in New Hampshire || “She represents everything we were fighting against,” ## “I’m not going to pretend otherwise.” || named_person
believe || Clinton campaign officials || most of those voters will come around by the fall || anonymous
said || John D. Podesta, the campaign’s chairman || the party was “more unified than it was at this point in 2008.” || named_person
told || She || she would welcome Mr. Sanders onto her ticket || named_person
said || His campaign || he had no interest in the offer || named_org
said || An organizer with one of those groups, who did not want to be identified because the plans were not final || thousands of demonstrators were expected on the first day || anonymous
wrote || Donald J. Trump || Mr. Sanders had “sold out” to the Democratic establishment || named_person
said || Jeff Weaver, Mr. Sanders’s campaign manager || the senator would speak on the convention’s opening night || named_person
said || Mr. Weaver || “Bernie is going to do everything he can to defeat Donald Trump,” || named_person
"""))

# ---------------------------------------------------------------- y208
ARTICLES.append(("y208", """Ryan Steps Back From Trump in Call With House Republicans

WASHINGTON — Speaker Paul D. Ryan told House Republicans on a private conference call on Monday that he would no longer defend Donald J. Trump or campaign with him, according to several lawmakers who were on the call.

The lawmakers said Mr. Ryan told members to “do what you think is best” in their own districts and that he would spend the final month of the campaign protecting the party’s majority in the House.

The move came days after the release of a 2005 recording in which Mr. Trump made vulgar comments about women. Mr. Ryan said over the weekend that he was “sickened” by the remarks and disinvited Mr. Trump from a rally in Wisconsin.

Mr. Trump responded on Twitter. “Paul Ryan should spend more time on balancing the budget, jobs and illegal immigration and not waste his time on fighting Republican nominee,” he wrote.

Some conservatives were furious. Representative Dana Rohrabacher of California said the speaker had committed “a betrayal of the voters who chose Donald Trump.” Others were relieved. One Republican congressman from a suburban district in Virginia said Mr. Ryan had given vulnerable members “the cover we needed.”

A spokeswoman for Mr. Ryan, AshLee Strong, said the speaker was not withdrawing his endorsement. “The speaker is going to spend his time focused on making sure we keep the majority,” she said.

The Trump campaign said the nominee did not need the speaker’s help. Kellyanne Conway, the campaign manager, told CNN that Mr. Trump had “a direct connection with voters that doesn’t run through Washington.”

Reince Priebus, the chairman of the Republican National Committee, has stood by the nominee. A party official said the committee had no plans to shift resources away from the presidential race.

Democrats were quick to pounce. Representative Ben Ray Luján of New Mexico, who leads the Democratic Congressional Campaign Committee, said every House Republican would “own Donald Trump” on Election Day.

Political analysts said the rift could depress Republican turnout. The Cook Political Report shifted a dozen House races toward Democrats on Tuesday, saying the party’s chances of winning the chamber had improved significantly.""", """
according to || several lawmakers who were on the call || Speaker Paul D. Ryan told House Republicans on a private conference call on Monday that he would no longer defend Donald J. Trump or campaign with him || anonymous
said || The lawmakers || Mr. Ryan told members to “do what you think is best” in their own districts and that he would spend the final month of the campaign protecting the party’s majority in the House || anonymous
said || Mr. Ryan || he was “sickened” by the remarks || named_person
wrote || he || “Paul Ryan should spend more time on balancing the budget, jobs and illegal immigration and not waste his time on fighting Republican nominee,” || named_person
said || Representative Dana Rohrabacher of California || the speaker had committed “a betrayal of the voters who chose Donald Trump.” || named_person
said || One Republican congressman from a suburban district in Virginia || Mr. Ryan had given vulnerable members “the cover we needed.” || anonymous
said || A spokeswoman for Mr. Ryan, AshLee Strong || the speaker was not withdrawing his endorsement || named_person
said || she || “The speaker is going to spend his time focused on making sure we keep the majority,” || named_person
said || The Trump campaign || the nominee did not need the speaker’s help || named_org
told || Kellyanne Conway, the campaign manager || Mr. Trump had “a direct connection with voters that doesn’t run through Washington.” || named_person
said || A party official || the committee had no plans to shift resources away from the presidential race || anonymous
said || Representative Ben Ray Luján of New Mexico, who leads the Democratic Congressional Campaign Committee || every House Republican would “own Donald Trump” on Election Day || named_person
said || Political analysts || the rift could depress Republican turnout || anonymous
saying || The Cook Political Report || the party’s chances of winning the chamber had improved significantly || media
"""))

# ---------------------------------------------------------------- y209
ARTICLES.append(("y209", """Michigan Lawmakers Clash Over Flint Aid Package

LANSING, Mich. — Michigan’s Republican-controlled Legislature approved $165 million in new aid for Flint on Wednesday, but Democrats said the money fell far short of what the city needed to replace its lead-contaminated pipes.

Gov. Rick Snyder, a Republican in his second term, called the package “an important step” and said he would sign it this week. “We are going to keep working until every family in Flint has safe water,” the governor said in a statement.

Flint’s mayor, Karen Weaver, said the city would need at least $55 million just to remove the lead service lines. She told reporters at City Hall that residents were “tired of promises” and wanted to see work crews in their neighborhoods.

State Representative Sheldon Neeley, a Democrat who represents Flint, said the Legislature had “nickel-and-dimed” the city for months. According to Mr. Neeley, several Republican lawmakers privately told him they would support a larger package if Mr. Snyder asked for it.

Kevin Cotter, the Republican speaker of the State House, said the aid was “responsible and targeted” and that Democrats were using the crisis for political gain.

A report released last month by the Flint Water Advisory Task Force, which was appointed by the governor, concluded that the Michigan Department of Environmental Quality bore primary responsibility for the crisis. The task force found that state regulators had failed to require corrosion control treatment when the city switched its water source in 2014.

The crisis has become an issue in the presidential race. Hillary Clinton has said that what happened in Flint would never have occurred in a wealthy suburb, and Senator Bernie Sanders has called for Mr. Snyder’s resignation.

Federal prosecutors are also investigating. People familiar with the inquiry said charges against current and former state officials could come within weeks. A spokesman for the United States attorney’s office in Detroit declined to comment.

Residents remain skeptical. “They keep telling us the water is getting better, but I still won’t give it to my kids,” said LeeAnne Walters, a Flint mother who helped expose the problem.""", """
said || Democrats || the money fell far short of what the city needed to replace its lead-contaminated pipes || named_org
called || Gov. Rick Snyder, a Republican in his second term || the package “an important step” || named_person
said || Gov. Rick Snyder, a Republican in his second term || he would sign it this week || named_person
said || the governor || “We are going to keep working until every family in Flint has safe water,” || named_person
said || Flint’s mayor, Karen Weaver || the city would need at least $55 million just to remove the lead service lines || named_person
told || She || residents were “tired of promises” and wanted to see work crews in their neighborhoods || named_person
said || State Representative Sheldon Neeley, a Democrat who represents Flint || the Legislature had “nickel-and-dimed” the city for months || named_person
According to || Mr. Neeley || several Republican lawmakers privately told him they would support a larger package if Mr. Snyder asked for it || named_person
said || Kevin Cotter, the Republican speaker of the State House || the aid was “responsible and targeted” and that Democrats were using the crisis for political gain || named_person
concluded || A report released last month by the Flint Water Advisory Task Force, which was appointed by the governor || the Michigan Department of Environmental Quality bore primary responsibility for the crisis || document
found || The task force || state regulators had failed to require corrosion control treatment when the city switched its water source in 2014 || named_org
has said || Hillary Clinton || what happened in Flint would never have occurred in a wealthy suburb || named_person
has called for || Senator Bernie Sanders || Mr. Snyder’s resignation || named_person
said || People familiar with the inquiry || charges against current and former state officials could come within weeks || anonymous
said || LeeAnne Walters, a Flint mother who helped expose the problem || “They keep telling us the water is getting better, but I still won’t give it to my kids,” || named_person
"""))

# ---------------------------------------------------------------- y210
ARTICLES.append(("y210", """Clinton Foundation to Curb Foreign Donations if She Wins

NEW YORK — The Clinton Foundation will stop accepting donations from foreign governments and corporations if Hillary Clinton is elected president, and former President Bill Clinton will step down from its board, it was announced on Thursday.

The Boston Globe reported on Wednesday that the foundation’s board had approved the changes at a meeting last week. In a letter to employees, Mr. Clinton wrote that the foundation would “continue its work without any question about the motives of its supporters.”

Republicans have long argued that the foundation created conflicts of interest for Mrs. Clinton while she was secretary of state. Donald J. Trump called it “the most corrupt enterprise in political history” at a rally in Ohio on Thursday night and said the new restrictions proved “they were selling access all along.”

The Associated Press reported this week that more than half of the people outside government who met with Mrs. Clinton during her tenure at the State Department had given money to the foundation. The Clinton campaign said the report was “deeply flawed” because it left out meetings with foreign leaders and government officials.

Brian Fallon, the campaign’s press secretary, said Mrs. Clinton had never taken any action as secretary of state because of a donation. “There is no there there,” he said. “There never has been.”

Some Democrats privately worry that the issue will linger through Election Day. A longtime adviser to the Clintons, who spoke on the condition of anonymity to discuss internal deliberations, said the family had resisted stepping back from the foundation for more than a year despite warnings from the campaign.

Chelsea Clinton will remain on the board, according to a foundation spokesman, Craig Minassian. He said the foundation’s programs fighting H.I.V. and childhood obesity would not be affected.

Government ethics experts said the changes were overdue. “If she wins, the foundation should be shut off from foreign money entirely, and it should have been done years ago,” said Norman Eisen, who served as White House ethics counsel under President Obama.

Mr. Trump’s running mate, Gov. Mike Pence of Indiana, said on Friday that the foundation should be closed immediately.""", """
was announced || - || The Clinton Foundation will stop accepting donations from foreign governments and corporations if Hillary Clinton is elected president, and former President Bill Clinton will step down from its board || unknown
reported || The Boston Globe || the foundation’s board had approved the changes at a meeting last week || media
wrote || Mr. Clinton || the foundation would “continue its work without any question about the motives of its supporters.” || named_person
have long argued || Republicans || the foundation created conflicts of interest for Mrs. Clinton while she was secretary of state || named_org
called || Donald J. Trump || it “the most corrupt enterprise in political history” || named_person
said || Donald J. Trump || the new restrictions proved “they were selling access all along.” || named_person
reported || The Associated Press || more than half of the people outside government who met with Mrs. Clinton during her tenure at the State Department had given money to the foundation || media
said || The Clinton campaign || the report was “deeply flawed” because it left out meetings with foreign leaders and government officials || named_org
said || Brian Fallon, the campaign’s press secretary || Mrs. Clinton had never taken any action as secretary of state because of a donation || named_person
said || he || “There is no there there,” ## “There never has been.” || named_person
worry || Some Democrats || the issue will linger through Election Day || anonymous
said || A longtime adviser to the Clintons, who spoke on the condition of anonymity to discuss internal deliberations || the family had resisted stepping back from the foundation for more than a year despite warnings from the campaign || anonymous
according to || a foundation spokesman, Craig Minassian || Chelsea Clinton will remain on the board || named_person
said || He || the foundation’s programs fighting H.I.V. and childhood obesity would not be affected || named_person
said || Government ethics experts || the changes were overdue || anonymous
said || Norman Eisen, who served as White House ethics counsel under President Obama || “If she wins, the foundation should be shut off from foreign money entirely, and it should have been done years ago,” || named_person
said || Mr. Trump’s running mate, Gov. Mike Pence of Indiana || the foundation should be closed immediately || named_person
"""))

# ---------------------------------------------------------------- y211
ARTICLES.append(("y211", """Garland Nomination Marks Six Months Without a Hearing

WASHINGTON — Judge Merrick B. Garland’s nomination to the Supreme Court reached its six-month mark on Friday with no sign that Senate Republicans will relent in their refusal to consider him before the election.

Senator Mitch McConnell, the majority leader, reiterated that the next president should fill the seat left vacant by the death of Justice Antonin Scalia. “The American people deserve a voice in this decision,” Mr. McConnell said on the Senate floor, “and in November they will have one.”

Senator Chuck Grassley of Iowa, the chairman of the Judiciary Committee, has said he will not schedule a hearing. A spokeswoman for Mr. Grassley, Beth Levine, said in a statement on Friday that the committee’s position “has not changed and will not change.”

President Obama, who nominated Judge Garland in March, has said Republicans are abandoning their constitutional duty. In a post on the White House website, the president wrote that the Senate’s inaction was “unprecedented” and that it had left the court unable to resolve important cases.

The court has deadlocked 4 to 4 in several cases since Justice Scalia’s death, including a challenge to the administration’s immigration policies. Legal scholars say the vacancy could last well into 2017 if the Senate remains divided.

Senator Mark Kirk of Illinois, who faces a difficult re-election race, met with Judge Garland in April and has urged his colleagues to “man up and cast a vote.” But most members of the Republican conference remain firmly opposed, according to a senior Senate Republican aide.

Conservative groups have spent millions of dollars on advertising aimed at wavering senators. The Judicial Crisis Network said in a news release that it would continue its campaign “as long as it takes.”

A Gallup poll conducted in July found that 52 percent of Americans wanted the Senate to hold hearings on the nomination, while 38 percent did not.

Democrats believe the issue can help them retake the Senate. Senator Harry Reid of Nevada, the minority leader, said Republicans would “pay a price” for their obstruction. Aides to several Democratic candidates said they planned to feature the vacancy in television ads this fall.

Judge Garland has continued to hear cases on the federal appeals court in Washington. A White House official said he remained “fully committed” to the nomination.""", """
reiterated || Senator Mitch McConnell, the majority leader || the next president should fill the seat left vacant by the death of Justice Antonin Scalia || named_person
said || Mr. McConnell || “The American people deserve a voice in this decision,” ## “and in November they will have one.” || named_person
has said || Senator Chuck Grassley of Iowa, the chairman of the Judiciary Committee || he will not schedule a hearing || named_person
said || A spokeswoman for Mr. Grassley, Beth Levine || the committee’s position “has not changed and will not change.” || named_person
has said || President Obama, who nominated Judge Garland in March || Republicans are abandoning their constitutional duty || named_person
wrote || the president || the Senate’s inaction was “unprecedented” and that it had left the court unable to resolve important cases || named_person
say || Legal scholars || the vacancy could last well into 2017 if the Senate remains divided || anonymous
has urged || Senator Mark Kirk of Illinois, who faces a difficult re-election race || his colleagues to “man up and cast a vote.” || named_person
according to || a senior Senate Republican aide || most members of the Republican conference remain firmly opposed || anonymous
said || The Judicial Crisis Network || it would continue its campaign “as long as it takes.” || named_org
found || A Gallup poll conducted in July || 52 percent of Americans wanted the Senate to hold hearings on the nomination, while 38 percent did not || document
believe || Democrats || the issue can help them retake the Senate || named_org
said || Senator Harry Reid of Nevada, the minority leader || Republicans would “pay a price” for their obstruction || named_person
said || Aides to several Democratic candidates || they planned to feature the vacancy in television ads this fall || anonymous
said || A White House official || he remained “fully committed” to the nomination || anonymous
"""))

# ---------------------------------------------------------------- y212
ARTICLES.append(("y212", """Both Campaigns Pour Resources Into Florida as Early Voting Surges

MIAMI — With a week left before Election Day, Hillary Clinton and Donald J. Trump are flooding Florida with advertising and campaign stops, as record early turnout in the state’s Hispanic neighborhoods lifts Democratic spirits.

According to state election data, more than 4.5 million Floridians had already cast ballots by Monday, and turnout among Hispanic voters was up nearly 100 percent from 2012. Daniel A. Smith, a political scientist at the University of Florida who tracks early voting, said the numbers were “a very good sign for the Clinton campaign.”

Robby Mook, Mrs. Clinton’s campaign manager, told reporters on Monday that the campaign saw “a path to victory in Florida that runs through Orlando and Miami-Dade.” He said volunteers had knocked on more than a million doors in the state over the weekend.

The Trump campaign is unconvinced. Kellyanne Conway said on Fox News that Republican absentee ballots were coming in at a higher rate than in 2012 and that “the enthusiasm is all on our side.”

The New York Times reported on Sunday, citing two people briefed on the campaign’s internal polling, that Mr. Trump was trailing in several suburban counties along the Interstate 4 corridor. A Trump adviser said the report was wrong and that the campaign’s own numbers showed the race was tied.

A poll by Quinnipiac University released on Tuesday showed Mrs. Clinton ahead by one percentage point, 46 percent to 45 percent, within the margin of error. Another survey, by the Miami Herald, found Mr. Trump slightly ahead.

Sean Spicer, the chief strategist of the Republican National Committee, said the party’s field operation in Florida was “the best we have ever built.” Party officials said they had more than 1,000 paid staff members in the state.

Mrs. Clinton is scheduled to appear at a rally in Fort Lauderdale on Tuesday with former Vice President Al Gore, according to a campaign aide. Mr. Trump will hold three events across the state over the next two days.

Senator Marco Rubio, who is seeking re-election, has kept some distance from Mr. Trump. Asked about the presidential race on Monday, he said he was focused on his own campaign. “I’m not going to spend my time worrying about what’s happening at the top of the ticket,” Mr. Rubio said.""", """
According to || state election data || more than 4.5 million Floridians had already cast ballots by Monday, and turnout among Hispanic voters was up nearly 100 percent from 2012 || document
said || Daniel A. Smith, a political scientist at the University of Florida who tracks early voting || the numbers were “a very good sign for the Clinton campaign.” || named_person
told || Robby Mook, Mrs. Clinton’s campaign manager || the campaign saw “a path to victory in Florida that runs through Orlando and Miami-Dade.” || named_person
said || He || volunteers had knocked on more than a million doors in the state over the weekend || named_person
said || Kellyanne Conway || Republican absentee ballots were coming in at a higher rate than in 2012 and that “the enthusiasm is all on our side.” || named_person
reported || The New York Times || Mr. Trump was trailing in several suburban counties along the Interstate 4 corridor || media
citing || The New York Times || two people briefed on the campaign’s internal polling || media
said || A Trump adviser || the report was wrong and that the campaign’s own numbers showed the race was tied || anonymous
showed || A poll by Quinnipiac University released on Tuesday || Mrs. Clinton ahead by one percentage point, 46 percent to 45 percent, within the margin of error || document
found || Another survey, by the Miami Herald || Mr. Trump slightly ahead || document
said || Sean Spicer, the chief strategist of the Republican National Committee || the party’s field operation in Florida was “the best we have ever built.” || named_person
said || Party officials || they had more than 1,000 paid staff members in the state || anonymous
according to || a campaign aide || Mrs. Clinton is scheduled to appear at a rally in Fort Lauderdale on Tuesday with former Vice President Al Gore || anonymous
said || he || he was focused on his own campaign || named_person
said || Mr. Rubio || “I’m not going to spend my time worrying about what’s happening at the top of the ticket,” || named_person
"""))

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "“”‘’"


def _pattern(s):
    p = re.escape(s)
    if s[0].isalnum():
        p = r"(?<!\w)" + p
    if s[-1].isalnum():
        p = p + r"(?!\w)"
    return p


def occurrences(text, field):
    """All (start, end) of a field; 'left<<span>>right' gives a unique context."""
    if "<<" in field:
        left, rest = field.split("<<", 1)
        span, right = rest.split(">>", 1)
        hits = [m.start() + len(left) for m in re.finditer(re.escape(left + span + right), text)]
        assert len(hits) == 1, ("context not unique", field, len(hits))
        return [(hits[0], hits[0] + len(span))], True
    return [(m.start(), m.end()) for m in re.finditer(_pattern(field), text)], False


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def gap(a, b):
    if overlaps(a, b):
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


def same_para(text, a, b):
    lo, hi = min(a[0], b[0]), max(a[1], b[1])
    return "\n\n" not in text[lo:hi]


def nearest(text, field, target, forbidden, what):
    cands, ctx = occurrences(text, field)
    cands = [c for c in cands if not any(overlaps(c, f) for f in forbidden)]
    assert cands, (what, "not found", field)
    if ctx:
        return cands[0]
    cands.sort(key=lambda c: gap(c, target))
    if len(cands) > 1:
        assert gap(cands[0], target) != gap(cands[1], target), (what, "tie", field)
    return cands[0]


def span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse_article(doc_id, text, block):
    atts = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, (doc_id, line)
        cue_f, src_f, con_f, typ = parts
        assert typ in TYPES, (doc_id, typ)
        # content fragments
        frags = []
        for i, frag in enumerate(con_f.split(" ## ")):
            occ, ctx = occurrences(text, frag)
            if i == 0:
                assert len(occ) == 1, (doc_id, "content not unique", frag, len(occ))
                frags.append(occ[0])
            else:
                later = [o for o in occ if o[0] >= frags[-1][1]]
                assert later, (doc_id, "fragment not found", frag)
                frags.append(later[0])
        crange = (frags[0][0], frags[-1][1])
        cue = nearest(text, cue_f, crange, frags, doc_id + " cue")
        assert same_para(text, cue, crange), (doc_id, "cue paragraph", cue_f)
        if src_f == "-":
            src = None
            assert typ == "unknown"
        else:
            src = nearest(text, src_f, cue, frags + [cue], doc_id + " source")
            assert same_para(text, src, cue), (doc_id, "source paragraph", src_f)
        content = span(text, crange[0], crange[1])
        if len(frags) > 1:
            content["fragments"] = [[s, e] for s, e in frags]
        att = {"cue": span(text, *cue),
               "source": span(text, *src) if src else None,
               "content": content,
               "source_type": typ}
        # checks
        assert att["cue"]["text"] == cue_f.replace("<<", "").replace(">>", "") or "<<" in cue_f
        if src:
            assert text[src[0]:src[1]] == att["source"]["text"]
        for s, e in frags:
            assert text[s:e].strip() == text[s:e] and text[s:e]
        assert not content["text"].startswith("that "), (doc_id, "leading that")
        assert not content["text"].endswith("."[:1]) or content["text"][-2:] in ('."', '.”'), (doc_id, "final period", content["text"][-20:])
        atts.append(att)
    atts.sort(key=lambda a: a["cue"]["start"])
    return atts


def build():
    records = []
    for idx, (doc_id, text, block) in enumerate(ARTICLES):
        lines = text.split("\n")
        assert lines[0].strip() and lines[1] == "", doc_id
        assert "\n\n\n" not in text and not text.endswith("\n"), doc_id
        n_words = len(text.split())
        assert 300 <= n_words <= 500, (doc_id, n_words)
        if idx < len(ARTICLES) // 2:
            assert '"' in text and not any(c in text for c in CURLY), (doc_id, "straight quotes expected")
        else:
            assert "“" in text and '"' not in text and "'" not in text, (doc_id, "curly quotes expected")
        atts = parse_article(doc_id, text, block)
        assert 10 <= len(atts) <= 18, (doc_id, len(atts))
        for a in atts:
            for k in ("cue", "source", "content"):
                sp = a[k]
                if sp is not None:
                    assert text[sp["start"]:sp["end"]] == sp["text"]
            if "fragments" in a["content"]:
                fr = a["content"]["fragments"]
                assert fr[0][0] == a["content"]["start"] and fr[-1][1] == a["content"]["end"]
        records.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    return records


def show(records):
    """Print every attribution in context for checking by eye."""
    for r in records:
        t = r["text"]
        print("=" * 20, r["doc_id"], len(t.split()), "words,", len(r["attributions"]), "attributions")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "[C:"), (a["cue"]["end"], "]")]
            if a["source"]:
                marks += [(a["source"]["start"], "[S:"), (a["source"]["end"], "]")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "{"), (e, "}")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            lo = max(t.rfind("\n", 0, lo) + 1, lo - 40)
            hi = min(hi + 30, len(t))
            out, pos = [], lo
            for p, m in sorted(marks, key=lambda x: (x[0], x[1] in "]}")):
                out.append(t[pos:p])
                out.append(m)
                pos = p
            out.append(t[pos:hi])
            print("-", a["source_type"], "|", "".join(out).replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind57.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
