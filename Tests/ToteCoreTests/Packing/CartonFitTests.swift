import Testing
@testable import ToteCore

@Suite("Cartons: 3D fit, smallest box, split")
struct CartonFitTests {
    typealias F = PackRuleFixtures

    private func units(_ d: Dimensions?, _ n: Int, grams: Int = 100, sku: String = "U") -> [PackUnit] {
        (0..<n).map { _ in PackUnit(sku: sku, lineNumber: 1, dimensions: d, weightGrams: grams) }
    }

    /// Placements lie inside the box and never overlap.
    private func valid(_ p: [BoxPlacement], in inner: Dimensions) -> Bool {
        for (i, a) in p.enumerated() {
            guard a.x >= 0, a.y >= 0, a.z >= 0, a.x + a.length <= inner.length, a.y + a.width <= inner.width,
                  a.z + a.height <= inner.height else { return false }
            for b in p[(i + 1)...] where a.overlaps(b) { return false }
        }
        return true
    }

    @Test func tallItemIsLaidDownToFit() throws {
        let box = Dimensions(length: 310, width: 220, height: 120)
        let poster = units(Dimensions(length: 30, width: 30, height: 280), 1)
        let placed = try #require(BoxFitter.packAll(poster, in: box))
        #expect(placed[0].height <= 120 && valid(placed, in: box))
    }

    @Test func twoFlatItemsNeedAQuarterTurn() throws {
        // 300 × 240 tees only fit a 250 × 310 box turned by 90°.
        let box = Dimensions(length: 250, width: 310, height: 60)
        let tees = units(Dimensions(length: 300, width: 240, height: 25), 2)
        let placed = try #require(BoxFitter.packAll(tees, in: box))
        #expect(placed.allSatisfy { $0.length == 240 && $0.width == 300 })
        #expect(valid(placed, in: box))
    }

    @Test func volumeAloneIsNotEnough() {
        // Three 160 × 160 × 100 blocks have less volume than the box but only one fits its floor.
        let box = Dimensions(length: 300, width: 300, height: 100)
        let blocks = units(Dimensions(length: 160, width: 160, height: 100), 3)
        #expect(blocks.reduce(0) { $0 + $1.volume } < box.length * box.width * box.height)
        #expect(BoxFitter.packAll(blocks, in: box) == nil)
        #expect(BoxFitter.pack(blocks, in: box, weightLimit: nil).placed.count == 1)
    }

    @Test func smallestFittingCartonIsSuggested() {
        let planner = F.cartons.planner
        let pens = units(Dimensions(length: 150, width: 20, height: 20), 3)
        #expect(planner.plan(pens).loads.map(\.carton.name) == ["XS"])
        let poster = units(Dimensions(length: 30, width: 30, height: 280), 1)
        let plan = planner.plan(poster)
        #expect(plan.loads.map(\.carton.name) == ["S"])
        #expect(!plan.isSplit && plan.isComplete)
        // A branded requirement skips the plain boxes.
        #expect(planner.plan(pens, branded: true).loads.map(\.carton.name) == ["BR"])
    }

    @Test func brandedFallsBackWhenNoBrandedBoxHoldsIt() {
        let planner = CartonPlanner(cartons: [F.cartons.cartons[0]])
        let plan = planner.plan(units(Dimensions(length: 10, width: 10, height: 10), 1), branded: true)
        #expect(plan.brandedUnavailable && plan.loads.map(\.carton.name) == ["S"])
    }

    @Test func orderTooBigForOneBoxIsSplitDeterministically() throws {
        let mugs = units(Dimensions(length: 125, width: 95, height: 105), 8, grams: 350, sku: "MUG")
        let planner = CartonPlanner(cartons: Array(F.cartons.cartons.prefix(2)))
        let plan = planner.plan(mugs)
        #expect(plan.isSplit && plan.isComplete)
        #expect(plan.loads.reduce(0) { $0 + $1.units.count } == 8)
        for load in plan.loads {
            #expect(CartonPlanner.check(load.carton, for: load.units) == .fits)
            #expect(valid(load.placements, in: load.carton.inner))
        }
        #expect(planner.plan(mugs) == plan)
        #expect(plan.loads[0].contents.map(\.sku) == ["MUG"])
    }

    @Test func heavyOrderIsSplitByWeight() {
        // Each small item weighs 1.5 kg: the S box (5 kg) takes three, XS (2 kg) one.
        let bricks = units(Dimensions(length: 50, width: 50, height: 50), 4, grams: 1500)
        let plan = CartonPlanner(cartons: Array(F.cartons.cartons.prefix(2))).plan(bricks)
        #expect(plan.loads.map(\.units.count) == [3, 1])
        #expect(plan.loads.map(\.carton.name) == ["S", "XS"])
        #expect(plan.loads.allSatisfy { $0.grossGrams <= $0.carton.maxWeightGrams })
    }

    @Test func nothingFitsIsReportedWithReason() {
        let planner = F.cartons.planner
        let plan = planner.plan(units(Dimensions(length: 400, width: 10, height: 10), 1, sku: "SKI")
                                + units(Dimensions(length: 10, width: 10, height: 10), 1, sku: "PEN"))
        #expect(plan.unfit.map(\.sku) == ["SKI"])
        #expect(plan.unfit[0].reason.contains("larger than every carton"))
        #expect(plan.loads.map(\.carton.name) == ["XS"])
        let heavy = planner.plan(units(Dimensions(length: 10, width: 10, height: 10), 1, grams: 7000, sku: "ANVIL"))
        #expect(heavy.unfit.first?.reason.contains("heavier") == true)
        #expect(CartonPlanner(cartons: []).plan(units(nil, 1)).unfit.first?.reason == "no cartons are configured")
    }

    @Test func unmeasuredUnitsCountOnlyByWeight() {
        let plan = F.cartons.planner.plan(units(nil, 2, sku: "PEN"))
        #expect(plan.unmeasured == ["PEN"])
        #expect(plan.loads.map(\.carton.name) == ["XS"])
    }

    @Test func scannedBoxIsCheckedAndRefusedWithReason() {
        let planner = F.cartons.planner
        let poster = units(Dimensions(length: 30, width: 30, height: 280), 1, sku: "POSTER")
        #expect(planner.check(barcode: "c0000001", for: poster) == .fits)
        #expect(planner.check(barcode: "C0000002", for: poster) == .tooSmall(carton: "XS", sku: "POSTER"))
        #expect(planner.check(barcode: "C9", for: poster) == .unknownCarton("C9"))
        #expect(planner.check(barcode: "C0000001", for: poster, branded: true) == .notBranded(carton: "S"))
        let heavy = units(nil, 3, grams: 700)
        #expect(planner.check(barcode: "C0000002", for: heavy) == .tooHeavy(carton: "XS", grams: 2190, maxGrams: 2000))
        #expect(CartonCheck.tooSmall(carton: "XS", sku: "POSTER").message.contains("bigger box"))
    }

    @Test func orientationsAreDistinct() {
        #expect(BoxFitter.orientations(Dimensions(length: 1, width: 2, height: 3)).count == 6)
        #expect(BoxFitter.orientations(Dimensions(length: 2, width: 2, height: 3)).count == 3)
        #expect(BoxFitter.orientations(Dimensions(length: 2, width: 2, height: 2)).count == 1)
    }
}
