#!/usr/bin/env python3
"""Build ``blind37.jsonl``: the thirty-seventh batch of blind test articles (session 16).

12 invented 2016 economy and policy stories (jobs reports, the Fed, trade, taxes, health care)
with companies, trade groups, economists, agencies and their reports, written and annotated by a
helper session that never read claimtrace's code, tests or data; see NOTES.md. Scored on arrival;
its errors were read at the session's end, and two rules came from them.

Usage: ``python data/gold/blind37/build_blind37.py [--check]`` (``--check``: exit 1 if
blind37.jsonl is stale).

The helper's own notes on the format follow.

Build the blind37 test set: 12 invented 2016-style economy/policy news articles
with hand annotations of attributions (PolNeAR-style spans).

Stdlib only. All offsets are COMPUTED from the text; nothing is typed by hand.

Annotation line format (one attribution per line):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE may be the word null (no source in the article).
* CONTENT fragments of a split quote are separated by " ## ".
* Any span may be written as  SPAN@@CONTEXT : CONTEXT must occur exactly once in the
  article, and SPAN is taken at its first occurrence inside CONTEXT.
* Without a context:
    - a content fragment must occur exactly once in the article;
    - the cue is the occurrence (whole-word match) nearest to the content that does not
      overlap it;
    - the source is the occurrence nearest to the cue that overlaps neither the cue nor
      the content.
  A tie in distance is an error (give a context instead).

Run:  python3 build_blind37.py           -> writes blind37.jsonl next to this script
      python3 build_blind37.py --show    -> also prints every chosen span in context
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
STRAIGHT_DOCS = {"p01", "p02", "p03", "p04", "p05", "p06"}
CURLY = "\u201c\u201d\u2018\u2019"

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# --------------------------------------------------------------------------- p01
art("p01", """
Ford to Move Small-Car Production to Mexico as Trump Steps Up Trade Attacks

DETROIT -- Ford Motor Company will shift production of its small cars from Michigan to a new plant in Mexico over the next three years, the automaker said on Tuesday, a move that quickly became fodder for Donald J. Trump's attacks on free trade.

In a statement, Ford said the move would not cost any American jobs, because its plant in Wayne, Mich., will be retooled to build larger trucks and sport utility vehicles. "Our commitment to our U.S. workforce is unchanged," said Mark Fields, the company's chief executive.

Mr. Trump, speaking at a rally in Grand Rapids hours later, said that as president he would impose a 35 percent tariff on every car Ford ships back across the border. "They think they can take our jobs and nobody will do anything," he told the crowd. "Those days are over."

The Clinton campaign said Mr. Trump was a hypocrite, noting that many of the ties and shirts sold under his own brand are made in China and Bangladesh. "Donald Trump talks a big game about American jobs, but he has never lifted a finger to create any," said Brian Fallon, a spokesman for Hillary Clinton.

The shift is the latest in a string of moves by automakers to build their least profitable vehicles south of the border, where assembly-line wages are a fraction of those in the United States.

Karen Whitfield of the Center for Automotive Research said the small-car segment had become a money loser for Detroit automakers, and that Ford's decision reflected falling demand more than labor costs. "Nobody is making money on compact cars built in Michigan," she said.

Economists at Moody's Analytics estimated in a report last month that the auto industry has added about 60,000 jobs in Mexico since 2014, while American auto employment has been roughly flat.

The United Auto Workers union said it had received assurances that no members at the Wayne plant would be laid off. Still, some union members at the plant worry that the retooling will take longer than the company has promised.

"We've heard promises before," said Gary Kowalski, a 22-year veteran of the plant. "I'll believe it when I see the first truck roll off the line."

Shares of Ford fell 1.2 percent on Tuesday.
""", """
said || the automaker || Ford Motor Company will shift production of its small cars from Michigan to a new plant in Mexico over the next three years || named_org
said || Ford@@Ford said the move || the move would not cost any American jobs, because its plant in Wayne, Mich., will be retooled to build larger trucks and sport utility vehicles || named_org
said || Mark Fields, the company's chief executive || "Our commitment to our U.S. workforce is unchanged," || named_person
said || Mr. Trump || as president he would impose a 35 percent tariff on every car Ford ships back across the border || named_person
told || he || "They think they can take our jobs and nobody will do anything," ## "Those days are over." || named_person
said || The Clinton campaign || Mr. Trump was a hypocrite || named_org
noting || The Clinton campaign || many of the ties and shirts sold under his own brand are made in China and Bangladesh || named_org
said || Brian Fallon, a spokesman for Hillary Clinton || "Donald Trump talks a big game about American jobs, but he has never lifted a finger to create any," || named_person
said || Karen Whitfield of the Center for Automotive Research || the small-car segment had become a money loser for Detroit automakers, and that Ford's decision reflected falling demand more than labor costs || named_person
said || she || "Nobody is making money on compact cars built in Michigan," || named_person
estimated || Economists at Moody's Analytics || the auto industry has added about 60,000 jobs in Mexico since 2014, while American auto employment has been roughly flat || anonymous
said || The United Auto Workers union || it had received assurances that no members at the Wayne plant would be laid off || named_org
worry || some union members at the plant || the retooling will take longer than the company has promised || anonymous
said || Gary Kowalski, a 22-year veteran of the plant || "We've heard promises before," ## "I'll believe it when I see the first truck roll off the line." || named_person
""")

# --------------------------------------------------------------------------- p02
art("p02", """
Hiring Slows Sharply in May, Handing Both Campaigns Ammunition

WASHINGTON -- American employers added just 38,000 jobs in May, the weakest pace in more than five years, the Labor Department reported on Friday, a surprise that rattled financial markets and scrambled the economic debate in the presidential race.

The unemployment rate fell to 4.7 percent, according to the report. But the drop came largely because hundreds of thousands of people stopped looking for work and were no longer counted as part of the labor force.

A strike by nearly 35,000 Verizon workers subtracted from the total, the department said, though economists said the strike alone could not explain the slowdown.

"This is a genuinely bad report, and there's no way to sugarcoat it," said Laura Castellano, chief economist at Brentwood Partners, an investment firm in Chicago. "Every part of it was weaker than expected."

Economists at Goldman Sachs wrote in a note to clients that the figures made it all but certain the Federal Reserve would hold off on raising interest rates at its meeting this month. Janet L. Yellen, the Fed chair, said last week that she expected rates to rise "in the coming months" if the economy continued to improve.

Donald J. Trump seized on the numbers within hours. In a post on Twitter, he wrote that the report was "a disaster for American workers" and proof that "the Obama-Clinton economy is a fraud."

Hillary Clinton's campaign said the report showed the recovery was "not yet reaching every family." The campaign argued that Mr. Trump's tax plan, which would cut the top individual rate to 25 percent, would only widen the gap.

Senator Bernie Sanders of Vermont, campaigning in California ahead of Tuesday's primary, told supporters that the report was more evidence of "a rigged economy."

At the White House, Jason Furman, the chairman of the Council of Economic Advisers, told reporters that one month of data should not be overinterpreted. "The underlying trend remains solid, and wages are finally picking up," he said.

Many economists believe the slowdown reflects an aging work force more than any weakness in demand. Business investment has fallen for three straight quarters.

Stocks fell on the news, and the yield on the 10-year Treasury note dropped to its lowest level since February.
""", """
reported || the Labor Department || American employers added just 38,000 jobs in May, the weakest pace in more than five years || named_org
according to || the report || The unemployment rate fell to 4.7 percent || document
said || the department || A strike by nearly 35,000 Verizon workers subtracted from the total || named_org
said || economists || the strike alone could not explain the slowdown || anonymous
said || Laura Castellano, chief economist at Brentwood Partners, an investment firm in Chicago || "This is a genuinely bad report, and there's no way to sugarcoat it," ## "Every part of it was weaker than expected." || named_person
wrote || Economists at Goldman Sachs || the figures made it all but certain the Federal Reserve would hold off on raising interest rates at its meeting this month || anonymous
said || Janet L. Yellen, the Fed chair || she expected rates to rise "in the coming months" if the economy continued to improve || named_person
wrote || he || the report was "a disaster for American workers" and proof that "the Obama-Clinton economy is a fraud." || named_person
said || Hillary Clinton's campaign || the report showed the recovery was "not yet reaching every family." || named_org
argued || The campaign || Mr. Trump's tax plan, which would cut the top individual rate to 25 percent, would only widen the gap || named_org
told || Senator Bernie Sanders of Vermont || the report was more evidence of "a rigged economy." || named_person
told || Jason Furman, the chairman of the Council of Economic Advisers || one month of data should not be overinterpreted || named_person
said || he || "The underlying trend remains solid, and wages are finally picking up," || named_person
believe || Many economists || the slowdown reflects an aging work force more than any weakness in demand || anonymous
""")

# --------------------------------------------------------------------------- p03
art("p03", """
Trump Says Yellen Is Keeping Rates Low to Help Obama

Donald J. Trump charged on Monday that the Federal Reserve was keeping interest rates artificially low to protect President Obama's legacy, an unusually direct attack on the central bank by a major-party nominee.

"She's keeping them low because she's very political," Mr. Trump said of Janet L. Yellen, the Fed chair, in an interview with CNBC. "She should be ashamed of herself, frankly."

The Fed declined to comment on Mr. Trump's remarks.

Former Fed officials said the attack threatened an institution that has been shielded from day-to-day politics for decades. "Presidents and candidates have always grumbled about the Fed, but this goes well beyond grumbling," said Robert Haldane, a former Fed governor who now teaches at Princeton.

Josh Earnest, the White House press secretary, told reporters that the president "has scrupulously respected" the Fed's independence and would continue to do so.

Mr. Trump's views on rates have shifted over the course of the campaign. In May, he told Reuters that he was "a low-interest-rate person." But in September he said low rates were creating "a big, fat, ugly bubble" in the stock market that would burst once Mr. Obama left office.

Hillary Clinton, asked about the remarks at a news conference in White Plains, N.Y., said she would not weigh in on monetary policy as a candidate. "You should not be commenting on Fed actions when you are either running for president or you are president," she said.

Analysts said the comments were unlikely to sway the Fed's decision at its meeting next week. Still, some conservative economists have argued for years that near-zero rates have inflated asset prices and punished savers.

"There's a legitimate debate to be had about whether the Fed has kept rates too low for too long," said Douglas Pruitt, a senior fellow at the American Enterprise Institute. "But that's not the debate Mr. Trump is having."

Mr. Trump did not say how he would change the Fed if elected, though he has said he would probably replace Ms. Yellen when her term as chair ends in 2018.
""", """
Says || Trump || Yellen Is Keeping Rates Low to Help Obama || named_person
charged || Donald J. Trump || the Federal Reserve was keeping interest rates artificially low to protect President Obama's legacy || named_person
said || Mr. Trump || "She's keeping them low because she's very political," ## "She should be ashamed of herself, frankly." || named_person
said || Former Fed officials || the attack threatened an institution that has been shielded from day-to-day politics for decades || anonymous
said || Robert Haldane, a former Fed governor who now teaches at Princeton || "Presidents and candidates have always grumbled about the Fed, but this goes well beyond grumbling," || named_person
told || Josh Earnest, the White House press secretary || the president "has scrupulously respected" the Fed's independence and would continue to do so || named_person
told || he || he was "a low-interest-rate person." || named_person
said || he || low rates were creating "a big, fat, ugly bubble" in the stock market that would burst once Mr. Obama left office || named_person
said || Hillary Clinton || she would not weigh in on monetary policy as a candidate || named_person
said || she || "You should not be commenting on Fed actions when you are either running for president or you are president," || named_person
said || Analysts || the comments were unlikely to sway the Fed's decision at its meeting next week || anonymous
have argued || some conservative economists || near-zero rates have inflated asset prices and punished savers || anonymous
said || Douglas Pruitt, a senior fellow at the American Enterprise Institute || "There's a legitimate debate to be had about whether the Fed has kept rates too low for too long," ## "But that's not the debate Mr. Trump is having." || named_person
has said || he || he would probably replace Ms. Yellen when her term as chair ends in 2018 || named_person
""")

# --------------------------------------------------------------------------- p04
art("p04", """
Analysis Finds Trump Tax Plan Would Add Trillions to Debt

WASHINGTON -- Donald J. Trump's tax plan would reduce federal revenue by $6.2 trillion over the next decade and deliver its largest benefits to the wealthiest Americans, according to an analysis released Tuesday by the Tax Policy Center, a nonpartisan research group.

The center found that the top 1 percent of households would see their after-tax incomes rise by an average of 17.5 percent, while middle-income families would gain about 1.8 percent.

"The plan is not paid for, and it isn't close to being paid for," said Martin Oyelaran, a co-author of the study. "You would need growth rates that the United States hasn't seen since the 1960s."

The Trump campaign said the analysis ignored the economic growth that lower rates would unleash. Stephen Miller, a senior policy adviser to Mr. Trump, said in a statement that the center "relies on the same failed assumptions that have held the American economy back for decades."

The billionaire has said his plan would generate growth of 4 percent a year or more. Most economists think such a growth rate is unrealistic for an economy with an aging population and slow gains in productivity.

Hillary Clinton's campaign pounced on the report. Her campaign chairman, John D. Podesta, wrote on Twitter that the analysis proved Mr. Trump's plan was "a giveaway to himself and his friends."

In an earlier report, the center estimated that Mrs. Clinton's proposals would raise about $1.1 trillion over a decade, mostly from households earning more than $1 million a year. Conservative groups have said those increases would slow hiring at small businesses. Many small businesses pay taxes through their owners' individual returns.

Privately, some Republicans in Congress worry that the plan's cost would make it impossible to pass, even with a Republican president. Speaker Paul D. Ryan, asked about the analysis on Tuesday, told reporters he had not yet read it. "What I can tell you is that we need tax reform, and we need it soon," he said.

The Joint Committee on Taxation, the official scorekeeper of Congress, has not analyzed either candidate's plan.
""", """
Finds || Analysis || Trump Tax Plan Would Add Trillions to Debt || document
according to || an analysis released Tuesday by the Tax Policy Center, a nonpartisan research group || Donald J. Trump's tax plan would reduce federal revenue by $6.2 trillion over the next decade and deliver its largest benefits to the wealthiest Americans || document
found || The center || the top 1 percent of households would see their after-tax incomes rise by an average of 17.5 percent, while middle-income families would gain about 1.8 percent || named_org
said || Martin Oyelaran, a co-author of the study || "The plan is not paid for, and it isn't close to being paid for," ## "You would need growth rates that the United States hasn't seen since the 1960s." || named_person
said || The Trump campaign || the analysis ignored the economic growth that lower rates would unleash || named_org
said || Stephen Miller, a senior policy adviser to Mr. Trump || the center "relies on the same failed assumptions that have held the American economy back for decades." || named_person
has said || The billionaire || his plan would generate growth of 4 percent a year or more || named_person
think || Most economists || such a growth rate is unrealistic for an economy with an aging population and slow gains in productivity || anonymous
wrote || Her campaign chairman, John D. Podesta || the analysis proved Mr. Trump's plan was "a giveaway to himself and his friends." || named_person
estimated || the center || Mrs. Clinton's proposals would raise about $1.1 trillion over a decade, mostly from households earning more than $1 million a year || named_org
have said || Conservative groups || those increases would slow hiring at small businesses || anonymous
worry || some Republicans in Congress || the plan's cost would make it impossible to pass, even with a Republican president || anonymous
told || Speaker Paul D. Ryan || he had not yet read it || named_person
said || he || "What I can tell you is that we need tax reform, and we need it soon," || named_person
""")

# --------------------------------------------------------------------------- p05
art("p05", """
Aetna to Exit Most Health Law Marketplaces as Losses Mount

HARTFORD, Conn. -- Aetna said on Monday that it would pull out of 11 of the 15 states where it sells plans on the health law's insurance marketplaces next year, dealing a blow to President Obama's signature domestic achievement in the middle of the presidential campaign.

The company has lost more than $430 million on its marketplace plans since January 2014. Its decision follows similar retreats by UnitedHealth Group and Humana.

"We are not able to sustain the losses we've seen," Mark T. Bertolini, the chief executive of Aetna, told analysts on a conference call.

The Obama administration said the marketplaces remained stable and that consumers in every county would still have at least one insurer to choose from. "Marketplaces are here to stay," said Kevin Griffis, a spokesman for the Department of Health and Human Services.

Bloomberg News reported last week, citing a letter from Aetna to the Justice Department, that the insurer had threatened to leave the marketplaces if regulators blocked its proposed merger with Humana. Aetna has said the two issues are unrelated.

Donald J. Trump said in a statement that the exits showed Obamacare was "collapsing under its own weight," and that Hillary Clinton "wants to make it even worse."

Mrs. Clinton has said she would add a government-run "public option" to the marketplaces to increase competition. Her campaign argued on Monday that Aetna's retreat made the case for that option.

Republicans said the departures proved the law could not be fixed.

A poll of small-business owners by the National Federation of Independent Business found that health insurance costs remained their top concern for the seventh consecutive survey, ahead of taxes and regulations.

Some health economists say the exits reflect flaws in the law's design, not a collapse, and could be fixed with larger subsidies. "This is a market that needs adjustment, not a market in free fall," said Priya Raman, a health economist at the University of Pennsylvania.

Aetna's shares rose 1 percent in after-hours trading.
""", """
said || Aetna || it would pull out of 11 of the 15 states where it sells plans on the health law's insurance marketplaces next year || named_org
told || Mark T. Bertolini, the chief executive of Aetna || "We are not able to sustain the losses we've seen," || named_person
said || The Obama administration || the marketplaces remained stable and that consumers in every county would still have at least one insurer to choose from || named_org
said || Kevin Griffis, a spokesman for the Department of Health and Human Services || "Marketplaces are here to stay," || named_person
reported || Bloomberg News || the insurer had threatened to leave the marketplaces if regulators blocked its proposed merger with Humana || media
citing || Bloomberg News || a letter from Aetna to the Justice Department || media
has said || Aetna@@Aetna has said || the two issues are unrelated || named_org
said@@Trump said in a statement || Donald J. Trump || the exits showed Obamacare was "collapsing under its own weight," and that Hillary Clinton "wants to make it even worse." || named_person
has said || Mrs. Clinton || she would add a government-run "public option" to the marketplaces to increase competition || named_person
argued || Her campaign || Aetna's retreat made the case for that option || named_org
said || Republicans || the departures proved the law could not be fixed || named_org
found || A poll of small-business owners by the National Federation of Independent Business || health insurance costs remained their top concern for the seventh consecutive survey, ahead of taxes and regulations || document
say || Some health economists || the exits reflect flaws in the law's design, not a collapse, and could be fixed with larger subsidies || anonymous
said || Priya Raman, a health economist at the University of Pennsylvania || "This is a market that needs adjustment, not a market in free fall," || named_person
""")

# --------------------------------------------------------------------------- p06
art("p06", """
In Coal Country, Clinton Tries to Repair Damage Over Jobs Remark

WILLIAMSON, W.Va. -- Hillary Clinton told an audience of laid-off coal miners on Monday that she was sorry for a remark in March about putting coal companies out of business, as she tried to limit the damage in a region where her party was once dominant.

"I made a mistake in how I talked about it, and I own that," Mrs. Clinton said. "But I am not going to walk away from the people who kept the lights on in this country."

Randy Hatfield, a 44-year-old former miner from Mingo County, said he was not persuaded. "She can apologize all she wants, but the jobs aren't coming back under her," he said.

The coal industry's troubles began long before the campaign. Peabody Energy, the nation's largest coal producer, filed for bankruptcy protection in April and said in court filings that cheap natural gas and weak demand from China had cut into its sales.

The Energy Information Administration reported this month that American coal production fell 17 percent in the first half of the year. West Virginia has lost more than 10,000 mining jobs since 2011.

Donald J. Trump has said he would "bring back" coal jobs by rolling back environmental regulations, including Mr. Obama's Clean Power Plan. Many energy analysts doubt that any president could reverse the decline.

"Market forces are driving this, not Washington," said an analyst at a Houston investment bank. The analyst spoke on condition of anonymity because his firm does business with several coal companies.

Mrs. Clinton's $30 billion program to retrain coal workers and shore up miners' pensions was released last fall. Aides said the program would be a centerpiece of her appearances in Appalachia this week.

West Virginia's Democratic governor, Earl Ray Tomblin, has not endorsed Mrs. Clinton, and polls show her trailing Mr. Trump in the state by more than 20 points.
""", """
told || Hillary Clinton || she was sorry for a remark in March about putting coal companies out of business || named_person
said || Mrs. Clinton || "I made a mistake in how I talked about it, and I own that," ## "But I am not going to walk away from the people who kept the lights on in this country." || named_person
said || Randy Hatfield, a 44-year-old former miner from Mingo County || he was not persuaded || named_person
said || he || "She can apologize all she wants, but the jobs aren't coming back under her," || named_person
said || Peabody Energy, the nation's largest coal producer || cheap natural gas and weak demand from China had cut into its sales || named_org
reported || The Energy Information Administration || American coal production fell 17 percent in the first half of the year || named_org
has said || Donald J. Trump || he would "bring back" coal jobs by rolling back environmental regulations, including Mr. Obama's Clean Power Plan || named_person
doubt || Many energy analysts || any president could reverse the decline || anonymous
said || an analyst at a Houston investment bank || "Market forces are driving this, not Washington," || anonymous
said || Aides || the program would be a centerpiece of her appearances in Appalachia this week || anonymous
show || polls || her trailing Mr. Trump in the state by more than 20 points || document
""")

# --------------------------------------------------------------------------- p07
art("p07", """
Obama Presses Congress on Pacific Trade Deal as Candidates Line Up Against It

WASHINGTON — President Obama made a fresh push on Tuesday for the Trans-Pacific Partnership, telling a gathering of business executives that the 12-nation agreement would lock in American standards for labor and the environment across the fastest-growing region of the world.

“If we don’t write the rules, China will write the rules,” Mr. Obama said. “And they will not be rules that favor American workers.”

The deal has few friends in the presidential race. Donald J. Trump said at a rally in Pennsylvania last week that the agreement would be “the final nail in the coffin” for American manufacturing. Hillary Clinton has said she opposes it “now, after the election and as president.”

Her running mate, Senator Tim Kaine of Virginia, told reporters in July that he had “concerns” about the deal’s provisions on lawsuits by foreign investors. The senator voted in 2015 to give Mr. Obama the authority to negotiate it.

A vote in the lame-duck session after the election is the deal’s last realistic chance this year. The U.S. Chamber of Commerce said in a report released Monday that the agreement would increase American exports by $123 billion a year by 2030.

A study by the Peterson Institute for International Economics estimated that the agreement would raise real incomes in the United States by 0.5 percent by 2030.

Senator Mitch McConnell of Kentucky, the majority leader, told The Wall Street Journal this month that the agreement would not come up for a vote this year. The A.F.L.-C.I.O. said it would spend heavily to defeat the deal if Congress tried to take it up.

“This deal is dead, and everyone in this town knows it,” said a senior House Democratic aide. The aide spoke on condition of anonymity to discuss private conversations among party leaders.

White House officials believe there is still a path to passage after Nov. 8 if Republican leaders cooperate. Asked whether the president would campaign for the deal in swing states, the press secretary, Josh Earnest, said Mr. Obama “will make the case wherever he can.”
""", """
telling || President Obama || the 12-nation agreement would lock in American standards for labor and the environment across the fastest-growing region of the world || named_person
said || Mr. Obama || “If we don’t write the rules, China will write the rules,” ## “And they will not be rules that favor American workers.” || named_person
said@@Trump said at a rally || Donald J. Trump || the agreement would be “the final nail in the coffin” for American manufacturing || named_person
has said || Hillary Clinton || she opposes it “now, after the election and as president.” || named_person
told || Her running mate, Senator Tim Kaine of Virginia || he had “concerns” about the deal’s provisions on lawsuits by foreign investors || named_person
said || The U.S. Chamber of Commerce || the agreement would increase American exports by $123 billion a year by 2030 || named_org
estimated || A study by the Peterson Institute for International Economics || the agreement would raise real incomes in the United States by 0.5 percent by 2030 || document
told || Senator Mitch McConnell of Kentucky, the majority leader || the agreement would not come up for a vote this year || named_person
said || The A.F.L.-C.I.O. || it would spend heavily to defeat the deal if Congress tried to take it up || named_org
said || a senior House Democratic aide || “This deal is dead, and everyone in this town knows it,” || anonymous
believe || White House officials || there is still a path to passage after Nov. 8 if Republican leaders cooperate || anonymous
said || the press secretary, Josh Earnest || Mr. Obama “will make the case wherever he can.” || named_person
""")

# --------------------------------------------------------------------------- p08
art("p08", """
Fed Holds Rates Steady, Leaving December in Play

WASHINGTON — The Federal Reserve left its benchmark interest rate unchanged on Wednesday but said the case for an increase “has strengthened,” setting up a possible move in December, weeks after the presidential election.

Three of the 10 voting members of the Fed’s policy committee dissented, the most since 2014.

“We judged that the case for an increase had strengthened but decided, for the time being, to wait,” Janet L. Yellen, the Fed chair, said at a news conference.

Ms. Yellen was asked repeatedly about the election. “Partisan politics plays no role in our decisions,” she said, adding that the committee had not discussed the campaign at its two-day meeting.

The Fed’s statement noted that the labor market had continued to strengthen and that inflation remained below the central bank’s 2 percent target. New projections released with the statement showed that most officials expect one rate increase before the end of the year.

Donald J. Trump’s campaign did not respond to a request for comment. But on Monday, Mr. Trump told supporters in Florida that the Fed had created “a false economy” and that rates would rise “the moment Obama leaves office.”

Wall Street took the decision in stride. Traders now see about a 60 percent chance of a December increase, according to CME Group data.

Economists at Barclays said in a note to clients that the three dissents were “a clear warning shot” and that a December increase was now their base case.

Sandra Okafor, chief United States economist at Nomura, said the Fed had effectively committed to a December move unless the data took a turn for the worse. “They’ve all but circled the date on the calendar,” she said.

Lawrence H. Summers, the former Treasury secretary, has warned that raising rates too early could tip the economy toward recession.
""", """
said || The Federal Reserve || the case for an increase “has strengthened,” || named_org
said || Janet L. Yellen, the Fed chair || “We judged that the case for an increase had strengthened but decided, for the time being, to wait,” || named_person
said || she || “Partisan politics plays no role in our decisions,” || named_person
adding || she || the committee had not discussed the campaign at its two-day meeting || named_person
noted || The Fed’s statement || the labor market had continued to strengthen and that inflation remained below the central bank’s 2 percent target || document
showed || New projections released with the statement || most officials expect one rate increase before the end of the year || document
told || Mr. Trump || the Fed had created “a false economy” and that rates would rise “the moment Obama leaves office.” || named_person
according to || CME Group data || Traders now see about a 60 percent chance of a December increase || document
said || Economists at Barclays || the three dissents were “a clear warning shot” and that a December increase was now their base case || anonymous
said || Sandra Okafor, chief United States economist at Nomura || the Fed had effectively committed to a December move unless the data took a turn for the worse || named_person
said || she || “They’ve all but circled the date on the calendar,” || named_person
has warned || Lawrence H. Summers, the former Treasury secretary || raising rates too early could tip the economy toward recession || named_person
""")

# --------------------------------------------------------------------------- p09
art("p09", """
Pence Faces Questions at Home Over Carrier Plant Closing

INDIANAPOLIS — Gov. Mike Pence of Indiana, Donald J. Trump’s running mate, said on Thursday that his state’s economy was “the envy of the Midwest,” even as a major air-conditioner maker pressed ahead with its move of 1,400 jobs from Indianapolis to Mexico.

Carrier, a unit of United Technologies, announced in February that it would close its furnace plant here by 2019. A spokeswoman for the company, Jennifer Halloway, said in an email that the decision was “final” and that Carrier would provide severance and job training to affected workers.

Mr. Pence told reporters after an event in Fort Wayne that he had spoken with the company’s executives several times and was “deeply disappointed” by their decision.

The Indiana Democratic Party said the governor had done too little, too late. “Mike Pence had a year of warning and did nothing,” said John Gregg, the Democratic nominee for governor.

Mr. Trump has made Carrier a staple of his stump speeches, and has said he would impose a 35 percent tax on every air-conditioner the company imports from Mexico.

According to the state’s Department of Workforce Development, Indiana’s unemployment rate was 4.5 percent in August, below the national rate of 4.9 percent. But a study by the Center for Business and Economic Research at Ball State University found that the average manufacturing wage in the state has fallen by 6 percent since 2000, after adjusting for inflation.

“They say it’s about staying competitive, but this plant makes money,” said Darnell Price, a 15-year employee who builds furnace components. “It’s about making more money.”

Several workers said they planned to vote for Mr. Trump because of his stance on trade, though some said they worried about his temperament.

The plant’s last furnaces are scheduled to roll off the line in the spring of 2018.
""", """
said || Gov. Mike Pence of Indiana, Donald J. Trump’s running mate || his state’s economy was “the envy of the Midwest,” || named_person
announced || Carrier, a unit of United Technologies || it would close its furnace plant here by 2019 || named_org
said || A spokeswoman for the company, Jennifer Halloway || the decision was “final” and that Carrier would provide severance and job training to affected workers || named_person
told || Mr. Pence || he had spoken with the company’s executives several times and was “deeply disappointed” by their decision || named_person
said || The Indiana Democratic Party || the governor had done too little, too late || named_org
said || John Gregg, the Democratic nominee for governor || “Mike Pence had a year of warning and did nothing,” || named_person
has said || Mr. Trump || he would impose a 35 percent tax on every air-conditioner the company imports from Mexico || named_person
According to || the state’s Department of Workforce Development || Indiana’s unemployment rate was 4.5 percent in August, below the national rate of 4.9 percent || named_org
found || a study by the Center for Business and Economic Research at Ball State University || the average manufacturing wage in the state has fallen by 6 percent since 2000, after adjusting for inflation || document
said || Darnell Price, a 15-year employee who builds furnace components || “They say it’s about staying competitive, but this plant makes money,” ## “It’s about making more money.” || named_person
said || Several workers || they planned to vote for Mr. Trump because of his stance on trade || anonymous
said || some || they worried about his temperament || anonymous
""")

# --------------------------------------------------------------------------- p10
art("p10", """
Democrats’ $15 Wage Push Meets Resistance From Small Businesses

COLUMBUS, Ohio — Senator Bernie Sanders of Vermont said on Sunday that a $15 federal minimum wage was “a moral imperative,” and that Democrats would lose working-class voters if they settled for anything less.

“Nobody who works 40 hours a week should live in poverty,” the senator told a crowd at a union hall here.

Hillary Clinton’s own plan sets a $12 federal floor, though she has said cities and states should be free to go higher. The Democratic platform adopted in July includes the $15 figure, a concession to Mr. Sanders’s supporters.

A survey of 1,200 small-business owners conducted for the National Restaurant Association found that 61 percent would cut hours or staff if the minimum wage rose to $15.

“For a family restaurant running on a 4 percent margin, the math simply doesn’t work,” said Dana Whitcomb, the association’s executive vice president.

The Congressional Budget Office estimated in 2014 that raising the wage to $10.10 an hour would lift 900,000 people out of poverty but could eliminate about 500,000 jobs.

Some economists argue that higher wages partly pay for themselves by reducing turnover and raising productivity. “The evidence from cities that have raised their minimums is encouraging so far,” said Arun Mehta, a labor economist at the University of California, Berkeley.

Donald J. Trump has given conflicting answers on the issue. In a Republican debate in November, he said wages were “too high,” but he told Fox News in July that the federal minimum should be raised to $10.

Speaker Paul D. Ryan’s office said the House would not take up any minimum-wage increase this year. “It’s a job killer, plain and simple,” Kara Lindqvist, a spokeswoman for Mr. Ryan, said.

Seattle, San Francisco and Los Angeles have already approved a $15 minimum, to be phased in over several years, and New York and California adopted statewide increases this spring.
""", """
said || Senator Bernie Sanders of Vermont || a $15 federal minimum wage was “a moral imperative,” and that Democrats would lose working-class voters if they settled for anything less || named_person
told || the senator || “Nobody who works 40 hours a week should live in poverty,” || named_person
has said || she || cities and states should be free to go higher || named_person
found || A survey of 1,200 small-business owners conducted for the National Restaurant Association || 61 percent would cut hours or staff if the minimum wage rose to $15 || document
said || Dana Whitcomb, the association’s executive vice president || “For a family restaurant running on a 4 percent margin, the math simply doesn’t work,” || named_person
estimated || The Congressional Budget Office || raising the wage to $10.10 an hour would lift 900,000 people out of poverty but could eliminate about 500,000 jobs || named_org
argue || Some economists || higher wages partly pay for themselves by reducing turnover and raising productivity || anonymous
said || Arun Mehta, a labor economist at the University of California, Berkeley || “The evidence from cities that have raised their minimums is encouraging so far,” || named_person
said || he@@he said wages || wages were “too high,” || named_person
told || he@@he told Fox || the federal minimum should be raised to $10 || named_person
said || Speaker Paul D. Ryan’s office || the House would not take up any minimum-wage increase this year || named_org
said || Kara Lindqvist, a spokeswoman for Mr. Ryan || “It’s a job killer, plain and simple,” || named_person
""")

# --------------------------------------------------------------------------- p11
art("p11", """
Oil Industry Opens Its Wallet as Fracking Becomes a Flash Point

WASHINGTON — The American Petroleum Institute, the oil and gas industry’s main trade group, said on Wednesday that it would spend $10 million on an advertising campaign in swing states ahead of the November election.

“American energy is a jobs story, and voters deserve to hear it,” said Marcia Delgado, the institute’s senior vice president for communications.

The campaign comes as drilling has become a dividing line in the race. Hillary Clinton has said she would allow hydraulic fracturing, or fracking, only where states have strong rules on methane leaks and water contamination. Senator Bernie Sanders, her former rival, has argued that fracking should be banned nationwide.

Donald J. Trump told an energy conference in North Dakota in May that he would “cancel” the Paris climate agreement and approve the Keystone XL pipeline.

In its latest monthly outlook, the Energy Information Administration projected that American crude production would fall by about 700,000 barrels a day this year. Oil prices have fallen by more than half since the summer of 2014.

The New York Times reported last month that drilling companies in Colorado had given more than $5 million to a campaign opposing two ballot measures that would restrict fracking.

Analysts at Citigroup wrote in a report that a Clinton administration would probably tighten rules on drilling on federal land but would not threaten the industry’s overall growth.

The Sierra Club said the institute’s campaign was “a desperate attempt to distract from the climate crisis.”

A Gallup poll released in March found that 51 percent of Americans oppose fracking, up from 40 percent a year earlier.

Some industry executives fear that a Clinton victory would bring a wave of new federal regulations, according to two people who have attended the institute’s board meetings.

The institute’s first advertisements are set to run next week in Pennsylvania, Ohio, Colorado and North Carolina.
""", """
said || The American Petroleum Institute, the oil and gas industry’s main trade group || it would spend $10 million on an advertising campaign in swing states ahead of the November election || named_org
said || Marcia Delgado, the institute’s senior vice president for communications || “American energy is a jobs story, and voters deserve to hear it,” || named_person
has said || Hillary Clinton || she would allow hydraulic fracturing, or fracking, only where states have strong rules on methane leaks and water contamination || named_person
has argued || Senator Bernie Sanders, her former rival || fracking should be banned nationwide || named_person
told || Donald J. Trump || he would “cancel” the Paris climate agreement and approve the Keystone XL pipeline || named_person
projected || the Energy Information Administration || American crude production would fall by about 700,000 barrels a day this year || named_org
reported || The New York Times || drilling companies in Colorado had given more than $5 million to a campaign opposing two ballot measures that would restrict fracking || media
wrote || Analysts at Citigroup || a Clinton administration would probably tighten rules on drilling on federal land but would not threaten the industry’s overall growth || anonymous
said || The Sierra Club || the institute’s campaign was “a desperate attempt to distract from the climate crisis.” || named_org
found || A Gallup poll released in March || 51 percent of Americans oppose fracking, up from 40 percent a year earlier || document
according to || two people who have attended the institute’s board meetings || Some industry executives fear that a Clinton victory would bring a wave of new federal regulations || anonymous
""")

# --------------------------------------------------------------------------- p12
art("p12", """
Health Premiums to Jump 25 Percent, Giving Trump a Late Opening

WASHINGTON — Premiums for the most popular plans sold on HealthCare.gov will rise an average of 25 percent next year, the Department of Health and Human Services said on Monday, handing Donald J. Trump a fresh line of attack two weeks before Election Day.

Administration officials said most customers would be shielded from the increases by federal subsidies. “Most consumers will be able to find a plan for $75 or less a month,” said Marisa Conrad, a spokeswoman for the department.

An analysis by the Kaiser Family Foundation found that about 85 percent of marketplace customers receive subsidies.

Mr. Trump seized on the report at a rally in Tampa. “Obamacare is over. It’s done. It’s a catastrophe,” he told the crowd.

Kellyanne Conway, his campaign manager, said on MSNBC that the report was “an October surprise that Hillary Clinton can’t explain away.”

Robby Mook, Mrs. Clinton’s campaign manager, said on a conference call with reporters that the increases showed the need to “fix, not repeal,” the law. “Donald Trump’s plan would throw 20 million people off their insurance,” Mr. Mook said.

Speaker Paul D. Ryan said in a statement that the increases proved Obamacare was “failing the very people it was supposed to help.”

Insurers have said the increases reflect customers who are older and sicker than they expected when the marketplaces opened in 2014. It was reported last week that several insurers would leave the Arizona market entirely.

Politico reported on Sunday that the White House had been bracing for the numbers for weeks. At the White House, the press secretary, Josh Earnest, said the president believed the law had been “a success” on balance.

A senior Republican aide on Capitol Hill said party leaders hoped to use the report to help vulnerable Senate incumbents in the final two weeks of the race.
""", """
said || the Department of Health and Human Services || Premiums for the most popular plans sold on HealthCare.gov will rise an average of 25 percent next year || named_org
said || Administration officials || most customers would be shielded from the increases by federal subsidies || anonymous
said || Marisa Conrad, a spokeswoman for the department || “Most consumers will be able to find a plan for $75 or less a month,” || named_person
found || An analysis by the Kaiser Family Foundation || about 85 percent of marketplace customers receive subsidies || document
told || he || “Obamacare is over. It’s done. It’s a catastrophe,” || named_person
said || Kellyanne Conway, his campaign manager || the report was “an October surprise that Hillary Clinton can’t explain away.” || named_person
said || Robby Mook, Mrs. Clinton’s campaign manager || the increases showed the need to “fix, not repeal,” the law || named_person
said || Mr. Mook || “Donald Trump’s plan would throw 20 million people off their insurance,” || named_person
said@@Ryan said in a statement || Speaker Paul D. Ryan || the increases proved Obamacare was “failing the very people it was supposed to help.” || named_person
have said || Insurers || the increases reflect customers who are older and sicker than they expected when the marketplaces opened in 2014 || anonymous
was reported || null || several insurers would leave the Arizona market entirely || unknown
reported || Politico || the White House had been bracing for the numbers for weeks || media
said || the press secretary, Josh Earnest || the president believed the law had been “a success” on balance || named_person
said || A senior Republican aide on Capitol Hill || party leaders hoped to use the report to help vulnerable Senate incumbents in the final two weeks of the race || anonymous
""")


# =========================================================================== engine

def _word_occurrences(text, s):
    """All start offsets of s in text, as a whole word where s begins/ends with a word char."""
    pat = re.escape(s)
    if re.match(r"\w", s[0]):
        pat = r"(?<!\w)" + pat
    if re.match(r"\w", s[-1]):
        pat = pat + r"(?!\w)"
    return [m.start() for m in re.finditer(pat, text)]


def _context(text, spec, what, doc_id):
    """Resolve 'SPAN@@CONTEXT' to a (start, end); returns None when no context given."""
    if "@@" not in spec:
        return None
    span, ctx = spec.split("@@", 1)
    occ = [m.start() for m in re.finditer(re.escape(ctx), text)]
    assert len(occ) == 1, f"{doc_id}: context for {what} {ctx!r} occurs {len(occ)} times"
    i = ctx.find(span)
    assert i >= 0, f"{doc_id}: {span!r} not in its context {ctx!r}"
    return occ[0] + i, occ[0] + i + len(span)


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _gap(a, b):
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return -1


def _nearest(text, s, anchors, forbidden, what, doc_id):
    cands = []
    for st in _word_occurrences(text, s):
        sp = (st, st + len(s))
        if any(_overlaps(sp, f) for f in forbidden):
            continue
        d = min(_gap(sp, a) for a in anchors)
        cands.append((d, sp))
    assert cands, f"{doc_id}: no usable occurrence of {what} {s!r}"
    cands.sort()
    if len(cands) > 1:
        assert cands[0][0] != cands[1][0], f"{doc_id}: tie for {what} {s!r}; give a context"
    return cands[0][1]


def _span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_ann(doc_id, text, ann):
    out = []
    for line in ann.strip("\n").split("\n"):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
        cue_s, src_s, con_s, typ = parts
        assert typ in TYPES, f"{doc_id}: bad type {typ!r}"
        # content
        frags = []
        for fs in con_s.split(" ## "):
            se = _context(text, fs, "content", doc_id)
            if se is None:
                occ = [m.start() for m in re.finditer(re.escape(fs), text)]
                assert len(occ) == 1, f"{doc_id}: content {fs!r} occurs {len(occ)} times"
                se = (occ[0], occ[0] + len(fs))
            frags.append(se)
        frags.sort()
        # cue
        cue = _context(text, cue_s, "cue", doc_id)
        if cue is None:
            cue = _nearest(text, cue_s, frags, frags, "cue", doc_id)
        assert not any(_overlaps(cue, f) for f in frags), f"{doc_id}: cue inside content"
        # source
        if src_s == "null":
            src = None
            assert typ == "unknown", f"{doc_id}: null source must be typed unknown"
        else:
            src = _context(text, src_s, "source", doc_id)
            if src is None:
                src = _nearest(text, src_s, [cue], frags + [cue], "source", doc_id)
            assert not _overlaps(src, cue), f"{doc_id}: source overlaps cue"
            assert not any(_overlaps(src, f) for f in frags), f"{doc_id}: source inside content"
        content = _span(text, (frags[0][0], frags[-1][1]))
        if len(frags) > 1:
            content["fragments"] = [[s, e] for s, e in frags]
        rec = {"cue": _span(text, cue),
               "source": _span(text, src) if src else None,
               "content": content,
               "source_type": typ}
        # span checks
        for key in ("cue", "source", "content"):
            sp = rec[key]
            if sp is not None:
                assert text[sp["start"]:sp["end"]] == sp["text"]
                assert sp["text"] == sp["text"].strip(), f"{doc_id}: untrimmed {key} {sp['text']!r}"
        ct = content["text"]
        assert not ct.lower().startswith("that "), f"{doc_id}: content starts with that: {ct!r}"
        assert not ct.endswith("."), f"{doc_id}: period outside quotes: {ct!r}"
        out.append(rec)
    out.sort(key=lambda a: (a["cue"]["start"], a["cue"]["end"]))
    return out


def check_text(doc_id, text):
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", f"{doc_id}: headline then blank line"
    body_paras = text.split("\n\n")
    assert all(p.strip() == p and "\n" not in p for p in body_paras), f"{doc_id}: paragraph layout"
    wc = len(text.split())
    assert 300 <= wc <= 500, f"{doc_id}: {wc} words"
    if doc_id in STRAIGHT_DOCS:
        assert not any(c in text for c in CURLY), f"{doc_id}: curly quote in straight-quote article"
        assert '"' in text
    else:
        assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in curly article"
        assert "\u201c" in text and "\u2019" in text
    return wc


def build():
    records = []
    seen = set()
    for doc_id, text, ann in ARTICLES:
        assert doc_id not in seen
        seen.add(doc_id)
        check_text(doc_id, text)
        atts = parse_ann(doc_id, text, ann)
        # no two attributions share the same cue span
        cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
        assert len(cues) == len(set(cues)), f"{doc_id}: duplicate cue span"
        records.append({"doc_id": doc_id, "text": text, "split": "blind",
                        "attributions": atts})
    assert [r["doc_id"] for r in records] == [f"p{i:02d}" for i in range(1, 13)]
    return records


def show(records):
    for r in records:
        t = r["text"]
        print(f"===== {r['doc_id']}  ({len(t.split())} words, {len(r['attributions'])} attributions)")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "[C:"), (a["cue"]["end"], "]")]
            if a["source"]:
                marks += [(a["source"]["start"], "[S:"), (a["source"]["end"], "]")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "{"), (e, "}")]
            lo = min(m[0] for m in marks) - 15
            hi = max(m[0] for m in marks) + 15
            lo, hi = max(0, lo), min(len(t), hi)
            seg = ""
            pos = lo
            for off, m in sorted(marks, key=lambda x: (x[0], x[1] in ("]", "}"))):
                seg += t[pos:off] + m
                pos = off
            seg += t[pos:hi]
            print(f"  {a['source_type']:12s} {seg}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind37.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
